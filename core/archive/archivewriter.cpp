// Writing zip files (support bundles) with libarchive; reading lives in archivereader.cpp.
//
// The archive is streamed through a write callback into a QSaveFile, so a bundle is either
// complete on disk or not there at all (a failure or a crash leaves no half-written zip).
#include "archive/archivewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

#include <cerrno>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Archive)
};

struct WriterCloser
{
    void operator()(struct archive *a) const { archive_write_free(a); }
};
using ArchiveWriter = std::unique_ptr<struct archive, WriterCloser>;

struct EntryCloser
{
    void operator()(struct archive_entry *e) const { archive_entry_free(e); }
};
using ArchiveEntry = std::unique_ptr<struct archive_entry, EntryCloser>;

struct Sink
{
    QSaveFile *file = nullptr;
};

la_ssize_t writeToFile(struct archive *a, void *client, const void *buffer, size_t length)
{
    auto *sink = static_cast<Sink *>(client);
    const qint64 written = sink->file->write(static_cast<const char *>(buffer), qint64(length));
    if (written != qint64(length)) {
        archive_set_error(a, EIO, "%s", qPrintable(sink->file->errorString()));
        return -1;
    }
    return la_ssize_t(written);
}

QString libError(struct archive *a)
{
    const char *s = archive_error_string(a);
    return s ? QString::fromLocal8Bit(s) : Tr::tr("unknown error");
}

// Names are relative, '/'-separated, with no empty, "." or ".." part: what extractAll accepts.
bool safeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return false;
    for (const QString &part : name.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

} // namespace

KbError Archive::writeZip(const QString &zipPath, const QList<Entry> &entries)
{
    for (const Entry &e : entries)
        if (!safeName(e.name))
            return KbError::make(QStringLiteral("archive.name"),
                                 Tr::tr("\"%1\" cannot be a name inside a zip file.").arg(e.name), zipPath);

    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly))
        return KbError::make(QStringLiteral("archive.write"),
                             Tr::tr("Cannot create the zip file: %1").arg(file.errorString()), zipPath);
    Sink sink{&file};
    ArchiveWriter a(archive_write_new());
    if (archive_write_set_format_zip(a.get()) != ARCHIVE_OK
        || archive_write_set_options(a.get(), "zip:compression=deflate") != ARCHIVE_OK
        // No padding after the last block: the reader finds the central directory at the end.
        || archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK
        || archive_write_open(a.get(), &sink, nullptr, &writeToFile, nullptr) != ARCHIVE_OK) {
        file.cancelWriting();
        return KbError::make(QStringLiteral("archive.write"),
                             Tr::tr("Cannot start the zip file: %1").arg(libError(a.get())), zipPath);
    }

    const time_t now = time_t(QDateTime::currentSecsSinceEpoch());
    for (const Entry &e : entries) {
        ArchiveEntry entry(archive_entry_new());
        const QByteArray name = e.name.toUtf8();
        archive_entry_set_pathname_utf8(entry.get(), name.constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), la_int64_t(e.data.size()));
        archive_entry_set_mtime(entry.get(), now, 0);
        bool ok = archive_write_header(a.get(), entry.get()) == ARCHIVE_OK;
        qsizetype done = 0;
        while (ok && done < e.data.size()) {
            const la_ssize_t n = archive_write_data(a.get(), e.data.constData() + done,
                                                    size_t(e.data.size() - done));
            ok = n > 0;
            done += ok ? qsizetype(n) : 0;
        }
        if (!ok) {
            const QString why = libError(a.get());
            file.cancelWriting();
            return KbError::make(QStringLiteral("archive.write"),
                                 Tr::tr("Cannot write %1 into the zip file: %2").arg(e.name, why), zipPath);
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK) {
        const QString why = libError(a.get());
        file.cancelWriting();
        return KbError::make(QStringLiteral("archive.write"),
                             Tr::tr("Cannot finish the zip file: %1").arg(why), zipPath);
    }
    // Flushed and checked before the commit: Qt 6.4's QSaveFile commits even when flushing its
    // buffer failed, which would leave a truncated bundle under the final name.
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit(); // removes the temporary file
        return KbError::make(QStringLiteral("archive.write"),
                             Tr::tr("Cannot save the zip file: %1").arg(why), zipPath);
    }
    if (!file.commit())
        return KbError::make(QStringLiteral("archive.write"),
                             Tr::tr("Cannot save the zip file: %1").arg(file.errorString()), zipPath);
    return {};
}

} // namespace kb
