/**
 * The model-definition editor: a content type bound to the Eclipse generic editor, with highlighting,
 * validation markers, outline, folding, content assist, hover and formatting, all driven by the
 * headless {@code org.seatkeeper.model} bundle. Shipped alone for IDE users and in the product.
 */
package org.seatkeeper.model.ui;
