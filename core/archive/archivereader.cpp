// Reading archives with libarchive.
//
// Why libarchive (Debian main: libarchive13, libarchive-dev) and not QuaZip (also in Debian):
// - it streams: an entry is read block by block into its file, so a pattern archive of any
//   size never has to fit in memory, and cancellation is checked between blocks;
// - it reports damage instead of guessing: a truncated archive, a bad CRC, a broken central
//   directory or an unsupported method all come back as errors we can show (QuaZip/minizip
//   also checks CRCs, but only for zip);
// - one reader for the formats Trend's downloads use (zip for ActiveUpdate patterns; cab and
//   7z in other Trend tools) and for tar, without a second library;
// - it hands us each entry's type and path before we write anything, so links, devices and
//   paths that leave the destination are refused here rather than trusted to a helper that
//   writes files itself (QuaZip's JlCompress::extractDir does).
// QuaZip would have worked for zip only, and needs Qt5/Qt6 packaging that differs between
// Debian releases; libarchive is a plain C library with a stable ABI.
#include "archive/archivereader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <filesystem>
#include <memory>
#include <system_error>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Archive)
};

struct ArchiveCloser
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};
using ArchiveReader = std::unique_ptr<struct archive, ArchiveCloser>;

QString libError(struct archive *a)
{
    const char *s = archive_error_string(a);
    return s ? QString::fromLocal8Bit(s) : Tr::tr("unknown error");
}

// What a file that is not a zip archive looks like, by its first bytes, for the error message.
QString sniffFormat(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray head = f.read(512);
    struct Magic
    {
        int offset;
        QByteArray bytes;
        const char *name;
    };
    const Magic magics[] = {
        {0, QByteArray("7z\xBC\xAF\x27\x1C", 6), "7-Zip"},
        {0, QByteArray("MSCF"), "CAB"},
        {0, QByteArray("LRZI"), "lrzip"},
        {0, QByteArray("GRZip"), "grzip"},
        {0, QByteArray("\x1F\x8B", 2), "gzip"},
        {0, QByteArray("BZh"), "bzip2"},
        {0, QByteArray("\xFD" "7zXZ\x00", 6), "xz"},
        {0, QByteArray("\x28\xB5\x2F\xFD", 4), "zstd"},
        {0, QByteArray("\x89LZO\x00", 5), "lzop"},
        {0, QByteArray("\x04\x22\x4D\x18", 4), "lz4"},
        {0, QByteArray("\x1F\x9D", 2), "compress (.Z)"},
        {0, QByteArray("LZIP"), "lzip"},
        {0, QByteArray("Rar!"), "RAR"},
        {0, QByteArray("\x5D\x00\x00", 3), "lzma"},
        {257, QByteArray("ustar"), "tar"},
        {0, QByteArray("MZ"), "Windows program"},
    };
    for (const Magic &m : magics)
        if (head.mid(m.offset, m.bytes.size()) == m.bytes)
            return QString::fromLatin1(m.name);
    return QString();
}

ArchiveReader openReader(const QString &path, KbError *error)
{
    ArchiveReader a(archive_read_new());
    // Zip only, and no filters: the archives the product downloads are zips whose entries are
    // stored or deflated (libarchive inflates them with zlib, in this process). Every other
    // format reader (tar, 7-Zip, CAB, ...) is network-exposed parser code we do not need, and
    // several libarchive filters (lrzip, grzip, and lzop/lz4/zstd/... when built without their
    // library) decompress by starting an external program found on PATH: never. Zip is read
    // through its central directory only (the seekable reader): the streaming reader would
    // accept a file whose end was cut off as long as the cut fell after the last entry's data.
    archive_read_support_format_zip_seekable(a.get());
    archive_read_support_filter_none(a.get());
    const QByteArray native = QFile::encodeName(path);
    if (archive_read_open_filename(a.get(), native.constData(), 64 * 1024) != ARCHIVE_OK) {
        const QFileInfo fi(path);
        const QString format = fi.isFile() && fi.isReadable() ? sniffFormat(path) : QString();
        if (!format.isEmpty())
            *error = KbError::make(QStringLiteral("archive.format"),
                                   Tr::tr("%1 is not a zip archive but %2 data; only zip archives "
                                          "(stored or deflated) are read.").arg(fi.fileName(), format),
                                   path);
        else
            *error = fi.isFile() && fi.isReadable()
                         ? KbError::make(QStringLiteral("archive.corrupt"),
                                         Tr::tr("%1 is not a complete zip archive (truncated, damaged or "
                                                "of another format): %2").arg(fi.fileName(), libError(a.get())),
                                         path)
                         : KbError::make(QStringLiteral("archive.open"),
                                         Tr::tr("Cannot open the archive: %1").arg(libError(a.get())), path);
        return nullptr;
    }
    return a;
}

// The compression of the entry just read, from the zip reader's format name
// ("ZIP 2.0 (deflation)"): true for stored and deflated entries only.
bool isStoredOrDeflated(struct archive *a)
{
    const QString format = QString::fromLatin1(archive_format_name(a));
    return (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_ZIP
           && (format.endsWith(QLatin1String("(uncompressed)")) || format.endsWith(QLatin1String("(deflation)")));
}

QString entryName(struct archive_entry *e)
{
    if (const char *utf8 = archive_entry_pathname_utf8(e))
        return QString::fromUtf8(utf8);
    if (const char *raw = archive_entry_pathname(e))
        return QString::fromLocal8Bit(raw);
    return QString();
}

// The entry's path relative to the destination, or an empty string when it must be refused:
// absolute paths, drive letters, "..", NTFS stream names, control characters.
QString safeRelativePath(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char(':')))
        return QString();
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return QString();
        for (QChar c : part)
            if (c.unicode() < 0x20)
                return QString();
        parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

bool isCancelled(const std::atomic<bool> *cancelled)
{
    return cancelled && cancelled->load();
}

} // namespace

namespace Archive {

KbError extractAll(const QString &archivePath, const QString &destDir, QStringList *names,
                   const std::atomic<bool> *cancelled, qint64 maxUnpackedBytes, qint64 *unpackedBytes,
                   QHash<QString, QString> *sha256)
{
    if (names)
        names->clear();
    if (sha256)
        sha256->clear();
    QHash<QString, QString> digests;
    if (unpackedBytes)
        *unpackedBytes = 0;
    const auto tooLarge = [&] {
        return KbError::make(QStringLiteral("archive.too-large"),
                             Tr::tr("%1 unpacks to more than %L2 bytes; refused.")
                                 .arg(QFileInfo(archivePath).fileName())
                                 .arg(maxUnpackedBytes),
                             archivePath);
    };
    if (!QFileInfo(destDir).isDir())
        return KbError::make(QStringLiteral("archive.dest"),
                             Tr::tr("The destination folder does not exist."), destDir);
    KbError error;
    ArchiveReader a = openReader(archivePath, &error);
    if (!a)
        return error;

    // Staging folder inside destDir, so the final moves are renames on one file system. It is
    // removed (with everything in it) on every path out of this function.
    QTemporaryDir staging(QDir(destDir).filePath(QStringLiteral(".kbwizard-extract-XXXXXX")));
    if (!staging.isValid())
        return KbError::make(QStringLiteral("archive.staging"),
                             Tr::tr("Cannot create a temporary folder: %1").arg(staging.errorString()),
                             destDir);

    QStringList files;
    qint64 total = 0;
    for (;;) {
        if (isCancelled(cancelled))
            return KbError::make(QStringLiteral("archive.cancelled"), Tr::tr("Cancelled."), archivePath);
        struct archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return KbError::make(QStringLiteral("archive.corrupt"),
                                 Tr::tr("The archive is damaged or incomplete: %1").arg(libError(a.get())),
                                 archivePath);
        const QString name = entryName(entry);
        const QString rel = safeRelativePath(name);
        if (rel.isEmpty())
            return KbError::make(QStringLiteral("archive.unsafe-path"),
                                 Tr::tr("The archive holds an entry outside its folder (\"%1\"); "
                                    "nothing was extracted.").arg(name),
                                 archivePath);
        if (archive_entry_hardlink(entry) || archive_entry_symlink(entry)
            || archive_entry_filetype(entry) == AE_IFLNK)
            return KbError::make(QStringLiteral("archive.link"),
                                 Tr::tr("The archive holds a link (\"%1\"); nothing was extracted.").arg(name),
                                 archivePath);
        const QString target = QDir(staging.path()).filePath(rel);
        if (archive_entry_filetype(entry) == AE_IFDIR) {
            if (!QDir().mkpath(target))
                return KbError::make(QStringLiteral("archive.write"),
                                     Tr::tr("Cannot create a folder."), target);
            continue;
        }
        if (archive_entry_filetype(entry) != AE_IFREG)
            return KbError::make(QStringLiteral("archive.special"),
                                 Tr::tr("The archive holds \"%1\", which is not a regular file; "
                                    "nothing was extracted.").arg(name),
                                 archivePath);
        if (files.contains(rel))
            return KbError::make(QStringLiteral("archive.duplicate"),
                                 Tr::tr("The archive holds \"%1\" twice; nothing was extracted.").arg(name),
                                 archivePath);
        if (archive_entry_is_encrypted(entry) || !isStoredOrDeflated(a.get()))
            return KbError::make(QStringLiteral("archive.method"),
                                 Tr::tr("\"%1\" in %2 is encrypted or compressed with a method other "
                                        "than deflate (%3); nothing was extracted.")
                                     .arg(name, QFileInfo(archivePath).fileName(),
                                          QString::fromLatin1(archive_format_name(a.get()))),
                                 archivePath);
        // The declared size counts before a byte is written: a bomb is refused by its header.
        const qint64 declared = archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1;
        if (declared < 0 || archive_entry_sparse_count(entry) > 0)
            return KbError::make(QStringLiteral("archive.corrupt"),
                                 Tr::tr("\"%1\" in the archive has no plain size; nothing was extracted.").arg(name),
                                 archivePath);
        if (declared > maxUnpackedBytes - total)
            return tooLarge();
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return KbError::make(QStringLiteral("archive.write"),
                                 Tr::tr("Cannot write: %1").arg(out.errorString()), target);
        qint64 written = 0;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (;;) {
            if (isCancelled(cancelled))
                return KbError::make(QStringLiteral("archive.cancelled"), Tr::tr("Cancelled."), archivePath);
            const void *buf = nullptr;
            size_t len = 0;
            la_int64_t offset = 0;
            const int d = archive_read_data_block(a.get(), &buf, &len, &offset);
            if (d == ARCHIVE_EOF)
                break;
            if (d != ARCHIVE_OK) // warnings too: a CRC or length mismatch is not a warning to us
                return KbError::make(QStringLiteral("archive.corrupt"),
                                     Tr::tr("The archive is damaged or incomplete (%1): %2")
                                         .arg(name, libError(a.get())),
                                     archivePath);
            // Data arrives in order and without holes; anything else is not a plain zip entry.
            if (offset != written)
                return KbError::make(QStringLiteral("archive.corrupt"),
                                     Tr::tr("The archive is damaged or incomplete (%1): data out of order.").arg(name),
                                     archivePath);
            total += qint64(len);
            if (total > maxUnpackedBytes || written + qint64(len) > declared)
                return total > maxUnpackedBytes ? tooLarge()
                                                : KbError::make(QStringLiteral("archive.corrupt"),
                                                                Tr::tr("\"%1\" holds more data than its declared size.").arg(name),
                                                                archivePath);
            hash.addData(QByteArrayView(static_cast<const char *>(buf), qsizetype(len)));
            if (out.write(static_cast<const char *>(buf), qint64(len)) != qint64(len))
                return KbError::make(QStringLiteral("archive.write"),
                                     Tr::tr("Cannot write (is the disk full?): %1").arg(out.errorString()),
                                     target);
            written = offset + qint64(len);
        }
        if (archive_entry_size_is_set(entry) && out.size() != archive_entry_size(entry))
            return KbError::make(QStringLiteral("archive.corrupt"),
                                 Tr::tr("\"%1\" is incomplete: %L2 of %L3 bytes.")
                                     .arg(name)
                                     .arg(out.size())
                                     .arg(archive_entry_size(entry)),
                                 archivePath);
        if (!out.flush()) // a full disk shows here at the latest
            return KbError::make(QStringLiteral("archive.write"),
                                 Tr::tr("Cannot write (is the disk full?): %1").arg(out.errorString()),
                                 target);
        out.close();
        files.append(rel);
        digests.insert(rel, QString::fromLatin1(hash.result().toHex()));
    }
    if (archive_read_close(a.get()) != ARCHIVE_OK)
        return KbError::make(QStringLiteral("archive.corrupt"),
                             Tr::tr("The archive is damaged or incomplete: %1").arg(libError(a.get())),
                             archivePath);

    // Everything was read: move the files into place. Conflicts are found before any move.
    for (const QString &rel : std::as_const(files)) {
        const QFileInfo dest(QDir(destDir).filePath(rel));
        if (dest.isDir() || dest.isSymLink())
            return KbError::make(QStringLiteral("archive.conflict"),
                                 Tr::tr("A folder or link is in the way; nothing was extracted."),
                                 dest.filePath());
    }
    for (const QString &rel : std::as_const(files)) {
        const QString from = QDir(staging.path()).filePath(rel);
        const QString to = QDir(destDir).filePath(rel);
        QDir().mkpath(QFileInfo(to).absolutePath());
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                                std::filesystem::path(QFile::encodeName(to).toStdString()), ec);
        if (ec)
            return KbError::make(QStringLiteral("archive.write"),
                                 Tr::tr("Cannot move the extracted file into place: %1")
                                     .arg(QString::fromLocal8Bit(ec.message().c_str())),
                                 to);
    }
    if (names)
        *names = files;
    if (unpackedBytes)
        *unpackedBytes = total;
    if (sha256)
        *sha256 = digests;
    return {};
}

QStringList list(const QString &archivePath, KbError *error)
{
    KbError err;
    ArchiveReader a = openReader(archivePath, &err);
    QStringList files;
    if (a) {
        for (;;) {
            struct archive_entry *entry = nullptr;
            const int r = archive_read_next_header(a.get(), &entry);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN) {
                err = KbError::make(QStringLiteral("archive.corrupt"),
                                    Tr::tr("The archive is damaged or incomplete: %1").arg(libError(a.get())),
                                    archivePath);
                break;
            }
            if (archive_entry_filetype(entry) == AE_IFREG && !archive_entry_hardlink(entry))
                files.append(entryName(entry));
            if (archive_read_data_skip(a.get()) < ARCHIVE_WARN) {
                err = KbError::make(QStringLiteral("archive.corrupt"),
                                    Tr::tr("The archive is damaged or incomplete: %1").arg(libError(a.get())),
                                    archivePath);
                break;
            }
        }
    }
    if (error)
        *error = err;
    return err ? QStringList() : files;
}

} // namespace Archive

} // namespace kb
