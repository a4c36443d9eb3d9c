package org.seatkeeper.core.internal.cli;

import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.ServerModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code seatkeeper admin model [show|load FILE|delete]}: the server's active model definition. */
@Command(name = "model", description = "The active model definition.")
final class ModelVerb extends AdminVerb implements Callable<Integer> {

	@Override
	public Integer call() throws ServerException, UsageException {
		return show();
	}

	@Command(name = "show", description = "The active model definition (the same as model alone).")
	int show() throws ServerException, UsageException {
		ServerModel model = client().model(monitor());
		if (json()) {
			printJson(model);
		} else if (model.isDefault()) {
			out().println("No model definition: the default model applies (every feature in the default pool).");
		} else {
			out().print(model.definition().endsWith("\n") ? model.definition() : model.definition() + "\n");
		}
		return CommandLines.OK;
	}

	@Command(name = "load", description = "Applies a model definition (at most 900 KB).")
	int load(@Parameters(paramLabel = "FILE", description = "The model-definition file.") String file)
			throws ServerException, UsageException {
		ServerModel model = client().uploadModel(read(file), monitor());
		if (json()) {
			printJson(model);
		} else {
			out().println("Applied the model '" + model.name() + "'");
		}
		return CommandLines.OK;
	}

	@Command(name = "delete", description = "Goes back to the default model.")
	int delete() throws ServerException, UsageException {
		client().deleteModel(monitor());
		if (!json()) {
			out().println("Deleted the model definition: the default model applies");
		}
		return CommandLines.OK;
	}
}
