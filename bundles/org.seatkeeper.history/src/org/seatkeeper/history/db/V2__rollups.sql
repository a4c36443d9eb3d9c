-- Hourly and daily rollups of each feature's use, kept up to date sample by sample (never recomputed from the raw
-- samples, which are purged after 35 days): how many samples, their sum and highest use, and how many found every
-- count in use.
CREATE TABLE feature_hour (
  server_id INTEGER NOT NULL REFERENCES history_server (id),
  feature VARCHAR(255) NOT NULL,
  version VARCHAR(64) NOT NULL,
  hour_start TIMESTAMP WITH TIME ZONE NOT NULL,
  samples INTEGER NOT NULL,
  used_sum BIGINT NOT NULL,
  used_max INTEGER NOT NULL,
  total_max INTEGER NOT NULL,
  full_samples INTEGER NOT NULL,
  PRIMARY KEY (server_id, feature, version, hour_start)
);
CREATE TABLE feature_day (
  server_id INTEGER NOT NULL REFERENCES history_server (id),
  feature VARCHAR(255) NOT NULL,
  version VARCHAR(64) NOT NULL,
  day_start DATE NOT NULL,
  samples INTEGER NOT NULL,
  used_sum BIGINT NOT NULL,
  used_max INTEGER NOT NULL,
  total_max INTEGER NOT NULL,
  full_samples INTEGER NOT NULL,
  PRIMARY KEY (server_id, feature, version, day_start)
);
