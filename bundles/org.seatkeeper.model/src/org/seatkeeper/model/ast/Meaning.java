package org.seatkeeper.model.ast;

import java.util.List;

/**
 * Writes what a syntax tree means, without where it was written: two texts have the same meaning when
 * their trees give the same string. The formatter is checked this way, and the string is a readable
 * outline for messages and tests, e.g.
 * {@code (model "m" (pools (pool "p" (feature "f1" 1.0 10))) (rule (on any) (use "p") accept))}.
 *
 * <p>Spelling that does not change the meaning is left out: quotes around a feature name, {@code and}
 * versus {@code &&}, {@code not} versus {@code !}, white space and comments. Missing parts print as
 * {@code ?}.
 */
public final class Meaning {

	private Meaning() {
	}

	/** The meaning of {@code node} as an s-expression. */
	public static String of(Node node) {
		StringBuilder out = new StringBuilder();
		write(out, node);
		return out.toString();
	}

	private static void write(StringBuilder out, Node node) {
		if (node == null) {
			out.append('?');
			return;
		}
		switch (node) {
		case ModelDefinition m -> {
			out.append("(model ");
			write(out, m.name());
			if (m.pools() != null) {
				out.append(' ');
				write(out, m.pools());
			}
			for (Rule rule : m.rules()) {
				out.append(' ');
				write(out, rule);
			}
			out.append(')');
		}
		case Name n -> quote(out, n.value());
		case Pools p -> list(out, "pools", p.pools());
		case Pool p -> {
			out.append("(pool ");
			write(out, p.name());
			for (FeatureSpec spec : p.features()) {
				out.append(' ');
				write(out, spec);
			}
			out.append(')');
		}
		case FeatureSpec f -> {
			out.append("(feature ");
			write(out, f.feature());
			out.append(' ');
			write(out, f.version());
			out.append(' ');
			write(out, f.amount());
			if (f.vendorMatch() != null) {
				out.append(" (vendor-string ");
				write(out, f.vendorMatch());
				out.append(')');
			}
			out.append(')');
		}
		case Version v -> out.append(v.value().map(Object::toString).orElse("bad:" + v.text()));
		case Amount a -> out.append(a.requested());
		case Rule r -> {
			out.append("(rule ");
			write(out, r.condition());
			if (!r.use().isEmpty()) {
				out.append(' ');
				list(out, "use", r.use());
			}
			if (r.serverSpecified() != null) {
				out.append(' ');
				write(out, r.serverSpecified());
			}
			if (r.action() != null) {
				out.append(' ');
				write(out, r.action());
			}
			out.append(')');
		}
		case Condition c -> {
			out.append("(on");
			for (int i = 0; i < c.matchers().size(); i++) {
				if (i > 0) {
					out.append(' ').append(c.operators().get(i - 1).name().toLowerCase(java.util.Locale.ROOT));
				}
				out.append(' ');
				write(out, c.matchers().get(i));
			}
			out.append(')');
		}
		case Matcher m -> {
			if (m.negated()) {
				out.append("(not ");
			}
			out.append(m.kind() == Matcher.Kind.ANY ? "any" : "(" + m.kind().keyword());
			if (m.kind() != Matcher.Kind.ANY) {
				for (Name value : m.values()) {
					out.append(' ');
					write(out, value);
				}
				for (DictionaryEntry entry : m.entries()) {
					out.append(' ');
					write(out, entry);
				}
				out.append(')');
			}
			if (m.negated()) {
				out.append(')');
			}
		}
		case DictionaryEntry e -> {
			write(out, e.key());
			out.append(':');
			write(out, e.value());
		}
		case ServerSpecified s -> {
			out.append("(without-requested-features");
			if (!s.allFrom().isEmpty()) {
				out.append(' ');
				list(out, "all-from", s.allFrom());
			}
			for (FeatureSpec spec : s.features()) {
				out.append(' ');
				write(out, spec);
			}
			out.append(')');
		}
		case Action a -> out.append(a.kind().keyword());
		}
	}

	private static void list(StringBuilder out, String head, List<? extends Node> nodes) {
		out.append('(').append(head);
		for (Node node : nodes) {
			out.append(' ');
			write(out, node);
		}
		out.append(')');
	}

	private static void quote(StringBuilder out, String value) {
		out.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
	}
}
