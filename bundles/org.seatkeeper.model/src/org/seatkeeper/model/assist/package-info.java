/**
 * What can be written at a place in a model definition ({@link org.seatkeeper.model.assist.ModelCompletions}):
 * headless, so that the editor's content assist, the command line and tests share it.
 */
package org.seatkeeper.model.assist;
