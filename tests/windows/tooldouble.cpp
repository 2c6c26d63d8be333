/* A Windows test double for the console tools the wizard runs (icacls.exe, appcmd.exe, and any
 * other name it is copied to). Built with mingw as a real Windows program, because the Python
 * fakes in tests/fakes cannot run under Wine.
 *
 * What it does, per run:
 *   1. Appends one JSON line to the file named by KBWIZARD_DOUBLE_LOG:
 *        {"tool":"icacls","cmdline":"<GetCommandLineW()>","argv":[...],"stdin":"..."}
 *      argv is what CommandLineToArgvW makes of the command line (argv[0] left out), i.e. the
 *      arguments exactly as CreateProcess delivered them. Strings are UTF-8 JSON.
 *   2. Prints a recorded output from the folder named by KBWIZARD_DOUBLE_SCRIPT: for the n-th
 *      run (n = 1, 2, ...) of tool T it uses T.<n>.out if present, else T.out; the exit code
 *      comes from T.<n>.exit / T.exit (default 0), standard error from T.<n>.err / T.err.
 *      Recorded outputs are UTF-8 files; like the real tools writing to a pipe, the double
 *      writes them in the OEM code page (GetOEMCP) with CRLF line ends.
 * The run counter is kept in T.count in the script folder.
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <shellapi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include <io.h>
#include <stdint.h>

static char *to_utf8(const wchar_t *w)
{
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
    char *s = (char *)malloc(n > 0 ? n : 1);
    if (n <= 0) {
        s[0] = 0;
        return s;
    }
    WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL);
    return s;
}

static void json_string(FILE *f, const char *s, size_t len)
{
    fputc('"', f);
    for (size_t i = 0; i < len; ++i) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c == '\r')
            fputs("\\r", f);
        else if (c == '\t')
            fputs("\\t", f);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static char *read_all(HANDLE h, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = (char *)malloc(cap);
    for (;;) {
        DWORD got = 0;
        if (cap - n < 4096) {
            cap *= 2;
            buf = (char *)realloc(buf, cap);
        }
        if (!ReadFile(h, buf + n, (DWORD)(cap - n - 1), &got, NULL) || got == 0)
            break;
        n += got;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

static char *read_file(const wchar_t *path, size_t *len)
{
    HANDLE h = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                           NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE)
        return NULL;
    char *s = read_all(h, len);
    CloseHandle(h);
    return s;
}

/* script file <dir>\<tool>.<n>.<ext>, else <dir>\<tool>.<ext> */
static char *script_file(const wchar_t *dir, const wchar_t *tool, int n, const wchar_t *ext, size_t *len)
{
    wchar_t path[4096];
    _snwprintf(path, 4096, L"%ls\\%ls.%d.%ls", dir, tool, n, ext);
    path[4095] = 0;
    char *s = read_file(path, len);
    if (s)
        return s;
    _snwprintf(path, 4096, L"%ls\\%ls.%ls", dir, tool, ext);
    path[4095] = 0;
    return read_file(path, len);
}

/* UTF-8 text -> OEM code page bytes, LF -> CRLF, written to the handle. */
static void write_oem(HANDLE out, const char *utf8, size_t len)
{
    if (!utf8 || !len)
        return;
    int wn = MultiByteToWideChar(CP_UTF8, 0, utf8, (int)len, NULL, 0);
    wchar_t *w = (wchar_t *)malloc(sizeof(wchar_t) * (wn * 2 + 1));
    wchar_t *crlf = (wchar_t *)malloc(sizeof(wchar_t) * (wn * 2 + 1));
    MultiByteToWideChar(CP_UTF8, 0, utf8, (int)len, w, wn);
    int m = 0;
    for (int i = 0; i < wn; ++i) {
        if (w[i] == L'\n' && (i == 0 || w[i - 1] != L'\r'))
            crlf[m++] = L'\r';
        crlf[m++] = w[i];
    }
    int bn = WideCharToMultiByte(CP_OEMCP, 0, crlf, m, NULL, 0, NULL, NULL);
    char *bytes = (char *)malloc(bn > 0 ? bn : 1);
    WideCharToMultiByte(CP_OEMCP, 0, crlf, m, bytes, bn, NULL, NULL);
    DWORD written = 0;
    WriteFile(out, bytes, (DWORD)bn, &written, NULL);
    free(bytes);
    free(crlf);
    free(w);
}

static int next_run(const wchar_t *dir, const wchar_t *tool)
{
    wchar_t path[4096];
    _snwprintf(path, 4096, L"%ls\\%ls.count", dir, tool);
    path[4095] = 0;
    size_t len = 0;
    char *s = read_file(path, &len);
    int n = s ? atoi(s) + 1 : 1;
    free(s);
    HANDLE h = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (h != INVALID_HANDLE_VALUE) {
        char buf[32];
        int bl = snprintf(buf, sizeof buf, "%d", n);
        DWORD w = 0;
        WriteFile(h, buf, (DWORD)bl, &w, NULL);
        CloseHandle(h);
    }
    return n;
}

int main(void)
{
    const wchar_t *cmdline = GetCommandLineW();
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(cmdline, &argc);

    /* tool name: the file name of this program without .exe */
    wchar_t self[MAX_PATH];
    GetModuleFileNameW(NULL, self, MAX_PATH);
    wchar_t *base = wcsrchr(self, L'\\');
    base = base ? base + 1 : self;
    wchar_t *dot = wcsrchr(base, L'.');
    if (dot)
        *dot = 0;
    for (wchar_t *p = base; *p; ++p)
        *p = towlower(*p);

    size_t stdinLen = 0;
    char *stdinData = NULL;
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD type = in && in != INVALID_HANDLE_VALUE ? GetFileType(in) : FILE_TYPE_UNKNOWN;
    if (type == FILE_TYPE_PIPE || type == FILE_TYPE_DISK)
        stdinData = read_all(in, &stdinLen);

    wchar_t env[4096];
    if (GetEnvironmentVariableW(L"KBWIZARD_DOUBLE_LOG", env, 4096) > 0) {
        HANDLE lockless = CreateFileW(env, FILE_APPEND_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                                      OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
        if (lockless != INVALID_HANDLE_VALUE) {
            int fd = _open_osfhandle((intptr_t)lockless, 0);
            FILE *f = fd >= 0 ? _fdopen(fd, "ab") : NULL;
            if (f) {
                char *t = to_utf8(base);
                fputs("{\"tool\":", f);
                json_string(f, t, strlen(t));
                free(t);
                char *c = to_utf8(cmdline);
                fputs(",\"cmdline\":", f);
                json_string(f, c, strlen(c));
                free(c);
                fputs(",\"argv\":[", f);
                for (int i = 1; argv && i < argc; ++i) {
                    char *a = to_utf8(argv[i]);
                    if (i > 1)
                        fputc(',', f);
                    json_string(f, a, strlen(a));
                    free(a);
                }
                fputs("],\"stdin\":", f);
                json_string(f, stdinData ? stdinData : "", stdinLen);
                fputs("}\n", f);
                fclose(f);
            }
        }
    }

    int exitCode = 0;
    if (GetEnvironmentVariableW(L"KBWIZARD_DOUBLE_SCRIPT", env, 4096) > 0) {
        const int n = next_run(env, base);
        size_t len = 0;
        char *out = script_file(env, base, n, L"out", &len);
        write_oem(GetStdHandle(STD_OUTPUT_HANDLE), out, len);
        free(out);
        char *err = script_file(env, base, n, L"err", &len);
        write_oem(GetStdHandle(STD_ERROR_HANDLE), err, len);
        free(err);
        char *code = script_file(env, base, n, L"exit", &len);
        if (code)
            exitCode = atoi(code);
        free(code);
    }
    free(stdinData);
    LocalFree(argv);
    return exitCode;
}
