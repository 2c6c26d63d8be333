/* holdopen.exe FILE [none|rw]: opens FILE as another program would and keeps it open until its
 * standard input ends (the test closes it), after printing "held" on standard output.
 *   none (default): CreateFileW with dwShareMode = 0, no other process may read, write or
 *         delete it (a program that wants the file to itself);
 *   rw:   FILE_SHARE_READ | FILE_SHARE_WRITE, others may read and write it but not delete or
 *         rename over it (what fopen and most programs do).
 * Exit code 0 after closing the file, 2 when FILE could not be opened (Win32 error printed). */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <shellapi.h>

#include <stdio.h>

int main(void)
{
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (argc < 2) {
        fprintf(stderr, "usage: holdopen FILE [none|rw]\n");
        return 1;
    }
    const DWORD share = argc > 2 && lstrcmpiW(argv[2], L"rw") == 0 ? FILE_SHARE_READ | FILE_SHARE_WRITE : 0;
    HANDLE h = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, share, NULL,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        printf("error %lu\n", (unsigned long)GetLastError());
        fflush(stdout);
        return 2;
    }
    printf("held\n");
    fflush(stdout);
    char buf[256];
    DWORD got = 0;
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    while (ReadFile(in, buf, sizeof buf, &got, NULL) && got > 0) {
    }
    CloseHandle(h);
    LocalFree(argv);
    return 0;
}
