/**
 * What a license server holds, as immutable values named as the domain: features and their
 * summaries, devices and what they were served, reservation groups, named license pools, settings,
 * hostids, users and the server's health. Values are decoded tolerantly from the shapes real servers
 * send (see {@code org.seatkeeper.core.client}); optional text is {@code ""} when absent, optional
 * dates and times are {@code null}.
 */
package org.seatkeeper.core.domain;
