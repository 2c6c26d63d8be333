#include "winconsole.h"

#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace kb {

#ifdef Q_OS_WIN

namespace {

// A handle the parent gave us that leads somewhere (a console, a file, a pipe).
bool usable(HANDLE h)
{
    return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN;
}

bool isConsole(HANDLE h)
{
    DWORD mode = 0;
    return usable(h) && GetConsoleMode(h, &mode);
}

class ConsoleDevice : public QIODevice
{
public:
    explicit ConsoleDevice(DWORD stdHandle) : m_stdHandle(stdHandle) {}

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 len) override
    {
        const HANDLE h = GetStdHandle(m_stdHandle);
        if (!usable(h))
            return len; // nowhere to write (started without a console): drop, as Windows would
        if (isConsole(h)) {
            // The decoder keeps a UTF-8 sequence that a write split in two until its end arrives.
            const QString text = m_decoder(QByteArrayView(data, len));
            const auto *p = reinterpret_cast<const wchar_t *>(text.utf16());
            qsizetype left = text.size();
            while (left > 0) {
                DWORD written = 0;
                const DWORD chunk = DWORD(qMin<qsizetype>(left, 8192));
                if (!WriteConsoleW(h, p, chunk, &written, nullptr) || written == 0)
                    return -1;
                p += written;
                left -= written;
            }
            return len;
        }
        // A file or a pipe: the UTF-8 bytes, with CRLF line ends as Windows programs (Notepad
        // on Server 2012) expect.
        QByteArray bytes(data, len);
        bytes.replace('\n', "\r\n");
        qint64 done = 0;
        while (done < bytes.size()) {
            DWORD written = 0;
            const DWORD chunk = DWORD(qMin<qint64>(bytes.size() - done, 1 << 20));
            if (!WriteFile(h, bytes.constData() + done, chunk, &written, nullptr) || written == 0)
                return -1;
            done += written;
        }
        return len;
    }

private:
    DWORD m_stdHandle;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

// Points one standard handle, and the C runtime's stream for it, at the attached console.
void useConsoleFor(DWORD stdHandle, FILE *stream, const wchar_t *device, const wchar_t *mode)
{
    const HANDLE h = CreateFileW(device, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                 nullptr, OPEN_EXISTING, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return;
    SetStdHandle(stdHandle, h);
    FILE *reopened = nullptr;
    _wfreopen_s(&reopened, device, mode, stream);
}

} // namespace

bool attachParentConsole()
{
    const bool in = usable(GetStdHandle(STD_INPUT_HANDLE));
    const bool out = usable(GetStdHandle(STD_OUTPUT_HANDLE));
    const bool err = usable(GetStdHandle(STD_ERROR_HANDLE));
    if (in && out && err)
        return false; // everything redirected already (or a console program's handles)
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return false; // started from Explorer or a service: no console to attach to
    if (!in)
        useConsoleFor(STD_INPUT_HANDLE, stdin, L"CONIN$", L"r");
    if (!out)
        useConsoleFor(STD_OUTPUT_HANDLE, stdout, L"CONOUT$", L"w");
    if (!err)
        useConsoleFor(STD_ERROR_HANDLE, stderr, L"CONOUT$", L"w");
    return true;
}

std::unique_ptr<QIODevice> openStdStream(StdStream which)
{
    auto device = std::make_unique<ConsoleDevice>(which == StdStream::Out ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE);
    device->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return device;
}

void endProcess(int code)
{
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), UINT(code));
}

#else

void endProcess(int)
{
}

bool attachParentConsole()
{
    return false;
}

std::unique_ptr<QIODevice> openStdStream(StdStream which)
{
    auto file = std::make_unique<QFile>();
    FILE *stream = which == StdStream::Out ? stdout : stderr;
    file->open(stream, QIODevice::WriteOnly); // as QTextStream(FILE *) does
    return file;
}

#endif

} // namespace kb
