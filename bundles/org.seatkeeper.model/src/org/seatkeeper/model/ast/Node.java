package org.seatkeeper.model.ast;

import org.seatkeeper.model.TextRange;

/**
 * A node of the syntax tree of a model definition. Every node knows exactly where it was written.
 *
 * <p>The tree is built by an error-tolerant parser, so a node's parts may be missing where the text has
 * a syntax error; such parts are {@code null} (documented on each component) and the parser has
 * reported the error.
 */
public sealed interface Node
		permits ModelDefinition, Name, Pools, Pool, FeatureSpec, Version, Amount, Rule, Condition, Matcher,
		DictionaryEntry, ServerSpecified, Action {

	/** The characters of the node, from its first to its last token. */
	TextRange range();
}
