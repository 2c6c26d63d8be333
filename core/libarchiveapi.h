#pragma once
#pragma GCC system_header // #include_next is a GCC/Clang extension; -Wpedantic says so

// libarchive's C API. Our own "archive.h" (kb::Archive) sits in core/, which is on the include
// path before the system directories, so a plain <archive.h> would find ours. This header is
// found through that same core/ entry (include it with angle brackets), and #include_next
// continues the search after core/, where libarchive's header lives.
#include_next <archive.h>
#include <archive_entry.h>
