-- Hourly and daily rollups of each feature's use, kept up to date from each batch of new samples (never
-- recomputed from the raw samples, which are purged after 35 days): how many samples, their sum and highest
-- use, the highest count, and how long every count was in use (the intervals of the samples that found it so).
CREATE TABLE feature_hour (
  feature_id INTEGER NOT NULL REFERENCES history_feature (id),
  hour_start TIMESTAMP WITH TIME ZONE NOT NULL,
  samples INTEGER NOT NULL,
  used_sum BIGINT NOT NULL,
  used_max INTEGER NOT NULL,
  total_max INTEGER NOT NULL,
  full_seconds BIGINT NOT NULL,
  PRIMARY KEY (feature_id, hour_start)
);
CREATE TABLE feature_day (
  feature_id INTEGER NOT NULL REFERENCES history_feature (id),
  day_start DATE NOT NULL,
  samples INTEGER NOT NULL,
  used_sum BIGINT NOT NULL,
  used_max INTEGER NOT NULL,
  total_max INTEGER NOT NULL,
  full_seconds BIGINT NOT NULL,
  PRIMARY KEY (feature_id, day_start)
);
