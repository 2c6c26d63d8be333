#pragma once

#include <memory>

class QIODevice;

namespace kb {

// The headless mode's console on Windows. kbwizard.exe is a GUI-subsystem program (no console
// window opens behind the wizard), so Windows gives it no console: started from cmd.exe or
// PowerShell it would print nothing. attachParentConsole() attaches to the parent's console and
// points the standard handles that the caller did not redirect at it; a handle that already
// leads to a file or a pipe (`> out.txt`, `| findstr`) is kept. Call it before any output.
// Returns true when it attached. Does nothing (and returns false) on other systems.
bool attachParentConsole();

enum class StdStream { Out, Err };

// A write-only device on standard output or standard error, for a QTextStream (which writes
// UTF-8). On Windows, when the handle is a console, the text goes through WriteConsoleW as
// UTF-16, so German and Japanese show correctly whatever the console's code page; otherwise
// (a file, a pipe) the bytes are UTF-8 with CRLF line ends. Elsewhere it is the plain stream.
std::unique_ptr<QIODevice> openStdStream(StdStream which);

// Ends the process with exit code `code` once main() has destroyed everything it made. On
// Windows it flushes the C streams and calls TerminateProcess on itself, so no DLL's
// DLL_PROCESS_DETACH code runs: under Wine 8 the GUI program hung forever in
// libstdc++-6.dll's PROCESS_DETACH after ExitProcess had killed ole32's RPC server thread
// (started by the windows platform plugin's OleInitialize), and nothing of ours runs there —
// files are closed and the output written before this is called. Elsewhere it returns at once
// (main() then returns `code`).
void endProcess(int code);

} // namespace kb
