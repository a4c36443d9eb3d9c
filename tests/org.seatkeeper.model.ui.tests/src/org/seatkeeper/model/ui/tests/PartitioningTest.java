package org.seatkeeper.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentPartitioningListener;
import org.eclipse.jface.text.IDocumentPartitioningListenerExtension;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.junit.jupiter.api.Test;
import org.seatkeeper.model.ui.internal.highlight.LinePartitioner;
import org.seatkeeper.model.ui.internal.highlight.ModelPartitions;

/**
 * The model partitioner re-reads a changed line alone when the change cannot reach other lines, and its
 * partitions always equal those of a full scan.
 */
class PartitioningTest {

	/** A document with the model partitioner; the partitioner's damage of each change is kept. */
	static final class Partitioned {
		final Document document;
		final LinePartitioner partitioner = ModelPartitions.partitioner();
		IRegion damage;

		Partitioned(String text) {
			document = new Document(text);
			partitioner.connect(document);
			document.setDocumentPartitioner(partitioner);
			document.addDocumentPartitioningListener(new Listener());
		}

		/** Keeps the region the partitioner reports changed. */
		private final class Listener implements IDocumentPartitioningListener, IDocumentPartitioningListenerExtension {
			@Override
			public void documentPartitioningChanged(IDocument changed) {
				// the region comes with the extension's call
			}

			@Override
			public void documentPartitioningChanged(IDocument changed, IRegion region) {
				damage = region;
			}
		}

		void replace(int offset, int length, String text) throws BadLocationException {
			damage = null;
			document.replace(offset, length, text);
		}
	}

	static ITypedRegion[] fullScan(String text) throws BadLocationException {
		Document reference = new Document(text);
		FastPartitioner partitioner = new FastPartitioner(ModelPartitions.scanner(), new String[] { ModelPartitions.COMMENT });
		partitioner.connect(reference);
		reference.setDocumentPartitioner(partitioner);
		return reference.computePartitioning(0, reference.getLength());
	}

	@Test
	void aKeystrokeInALineWithoutBlockCommentsReReadsThatLineOnly() throws Exception {
		StringBuilder text = new StringBuilder("// pools\nmodel \"m\" {\n  partitions {\n");
		for (int i = 0; i < 2_000; i++) {
			text.append("    partition \"pool").append(i).append("\" { \"f\" 1.0 5 }\n");
		}
		text.append("  }\n  // the rules\n  on any() { accept }\n}\n");
		Partitioned model = new Partitioned(text.toString());
		int line = model.document.getLineOffset(1_000);
		model.replace(line + 4, 0, "x");
		assertNull(model.damage, "typing a letter changes no partition");
		model.replace(line + 4, 1, "");
		model.replace(line + 4, 0, "// now a comment");
		IRegion lineRegion = model.document.getLineInformation(1_000);
		assertEquals(new Region(lineRegion.getOffset(), lineRegion.getLength() + 1), model.damage, "the damage is the line alone");
		assertEquals(ModelPartitions.COMMENT, model.document.getContentType(line + 6));
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, model.document.getContentType(model.document.getLineOffset(1_001) + 6));
		model.replace(line + 4, 0, "\"");
		assertEquals(IDocument.DEFAULT_CONTENT_TYPE, model.document.getContentType(line + 6), "the comment is now in a string");
		assertEquals(4, model.partitioner.fastPaths(), "all four changes took the one-line path");
		assertArrayEquals(fullScan(model.document.get()), model.document.computePartitioning(0, model.document.getLength()));

		model.replace(line + 4, 0, "/*");
		assertEquals(4, model.partitioner.fastPaths(), "a block comment may reach other lines");
		assertEquals(ModelPartitions.COMMENT, model.document.getContentType(model.document.getLineOffset(1_500)));
	}

	@Test
	void randomEditsKeepThePartitionsOfAFullScan() throws Exception {
		Random random = new Random(11);
		String[] pieces = { "x", " ", "\"", "/", "*", "\\", "\n", "\r\n", "//", "/*", "*/", "\"a\"", "{ }", "on any()", "é" };
		for (int round = 0; round < 100; round++) {
			StringBuilder initial = new StringBuilder();
			for (int i = 0; i < 200; i++) {
				initial.append(pieces[random.nextInt(pieces.length)]);
			}
			Partitioned model = new Partitioned(initial.toString());
			for (int edit = 0; edit < 300; edit++) {
				int length = model.document.getLength();
				int offset = random.nextInt(length + 1);
				int removed = random.nextInt(4) == 0 ? random.nextInt(Math.min(5, length - offset) + 1) : 0;
				String piece = random.nextInt(4) == 0 ? "" : pieces[random.nextInt(pieces.length)];
				String inserted = removed == 0 && piece.isEmpty() ? "x" : piece;
				String before = model.document.get();
				if (edit % 97 == 0) {
					DocumentRewriteSession session = ((IDocumentExtension4) model.document)
							.startRewriteSession(DocumentRewriteSessionType.SEQUENTIAL);
					model.replace(offset, removed, inserted);
					((IDocumentExtension4) model.document).stopRewriteSession(session);
				} else {
					model.replace(offset, removed, inserted);
				}
				String after = model.document.get();
				assertArrayEquals(fullScan(after), model.document.computePartitioning(0, after.length()),
						() -> "after replacing " + removed + " characters at " + offset + " by '" + inserted + "' in:\n" + before);
			}
			assertTrue(model.partitioner.fastPaths() > 0, "the one-line path was taken");
		}
	}
}
