// The HvLint extension: starts HvLint's language server ('hvlint lsp' over stdio) for
// .reg, PowerShell and batch files, and shows the number of findings in the status bar.
// Everything HvLint knows lives in the server; this file only wires it into VS Code.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

const languages = ['reg', 'powershell', 'bat'];

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let status: vscode.StatusBarItem | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('HvLint', { log: true });
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('hvlint.path')) {
        await restart(context);
      }
    }),
    vscode.commands.registerCommand('hvlint.restartServer', () => restart(context)),
    vscode.commands.registerCommand('hvlint.showOutput', () => output?.show()),
  );

  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

/** How to start the server: hvlint.path if set, else the bundled build under server/. */
export function serverCommand(extensionPath: string, configuredPath: string | undefined): { command: string; args: string[] } {
  const configured = configuredPath?.trim();
  if (configured) {
    return { command: configured, args: ['lsp'] };
  }

  return { command: 'dotnet', args: [path.join(extensionPath, 'server', 'hvlint.dll'), 'lsp'] };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('hvlint');
  const { command, args } = serverCommand(context.extensionPath, config.get<string>('path'));
  if (command === 'dotnet' && !fs.existsSync(args[0])) {
    output?.appendLine(`The bundled server is missing (${args[0]}); set hvlint.path to an hvlint executable.`);
  }

  output?.appendLine(`Starting the HvLint language server: ${command} ${args.join(' ')}`);
  const serverOptions: ServerOptions = {
    run: { command, args, transport: TransportKind.stdio },
    debug: { command, args, transport: TransportKind.stdio },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    // The server reads these where hvlint.json is silent, pulls them again on every change
    // (workspace/configuration), and registers its own watcher of hvlint.json.
    initializationOptions: {
      target: config.get<string | null>('target') ?? null,
      rules: config.get<Record<string, string>>('rules') ?? {},
    },
    synchronize: {
      configurationSection: 'hvlint',
    },
  };

  client = new LanguageClient('hvlint', 'HvLint', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    output?.appendLine(`The HvLint language server did not start: ${String(err)}`);
    void vscode.window.showErrorMessage(
      'HvLint: the language server did not start. See the HvLint output for the command it ran; hvlint.path names another hvlint executable.',
    );
  }

  updateStatus();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch (err) {
      output?.appendLine(`Stopping the server failed: ${String(err)}`);
    }
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop();
  await start(context);
}

/** Shows the active file's finding count, or the workspace's when no HvLint file is active. */
function updateStatus(): void {
  if (!status) {
    return;
  }

  const collection = client?.diagnostics;
  if (!collection) {
    status.hide();
    return;
  }

  let total = 0;
  collection.forEach((_uri, diagnostics) => {
    total += diagnostics.length;
  });

  const editor = vscode.window.activeTextEditor;
  if (editor && languages.includes(editor.document.languageId)) {
    const here = collection.get(editor.document.uri)?.length ?? 0;
    status.text = `$(checklist) HvLint: ${here}`;
    status.tooltip = `${here} HvLint finding${here === 1 ? '' : 's'} in this file, ${total} in open files`;
  } else {
    status.text = `$(checklist) HvLint: ${total}`;
    status.tooltip = `${total} HvLint finding${total === 1 ? '' : 's'} in open files`;
  }

  status.show();
}
