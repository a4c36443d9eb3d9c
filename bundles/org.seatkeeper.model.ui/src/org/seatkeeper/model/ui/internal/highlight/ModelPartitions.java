package org.seatkeeper.model.ui.internal.highlight;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a model definition into comments and the rest, so that a change re-colours only its lines
 * while a {@code /* … *}{@code /} comment is still seen as a whole. Installed on every model-definition document by the file buffers ({@code documentSetup}).
 */
public final class ModelPartitions implements IDocumentSetupParticipant {

	/** The document partitioning of model definitions (its own, as the file buffers require). */
	public static final String PARTITIONING = "org.seatkeeper.model.partitioning";
	public static final String COMMENT = "__model_comment";
	static final String[] TYPES = { COMMENT };
	/** The token of strings, which the partitioner reads but does not keep (they are default text). */
	static final String STRING = "__model_string";

	/**
	 * The partition scanner: block and line comments. Double-quoted strings (one line, with escapes)
	 * are read too, so that {@code //} inside one starts no comment, but they stay in the default
	 * partition: the editor's typing help applies in the default partition only, and strings need it.
	 * Their token is named {@value #STRING}, a type that is never stored: were it the default type, a
	 * partial re-scan starting in default text would resume it as a string (the scanner resumes the rule
	 * whose token has the type of the partition it starts in) and take a comment after it for a string.
	 */
	public static RuleBasedPartitionScanner scanner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new EndOfLineRule("//", comment), new SingleLineRule("\"", "\"", string, '\\', true) });
		return scanner;
	}

	/** A new partitioner of model definitions, not yet connected. */
	public static LinePartitioner partitioner() {
		return new LinePartitioner(scanner(), TYPES);
	}

	@Override
	public void setup(IDocument document) {
		IDocumentPartitioner partitioner = partitioner();
		if (document instanceof IDocumentExtension3 extension) {
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}
}
