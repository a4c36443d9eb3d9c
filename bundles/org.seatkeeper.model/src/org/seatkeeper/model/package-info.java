/**
 * The model-definition language of named license pools, headless: source positions, lexer, parser,
 * validator, formatter, allocation preview and rule evaluation. The editor, the embedded server, the
 * CLI and the views all share this one implementation.
 */
package org.seatkeeper.model;
