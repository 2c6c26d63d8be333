#include "net/patterndownload.h"

#include "ini/activeupdateini.h"
#include "archive/archivereader.h"
#include "backup/atomicfile.h"
#include "net/netprobe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::PatternDownload)
};

KbError cancelledError()
{
    return KbError::make(QStringLiteral("fix.cancelled"), Tr::tr("Cancelled."));
}

QString baseName(const QString &path)
{
    QString p = path;
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return p.section(QLatin1Char('/'), -1);
}

// A component path from server.ini: relative, plain names ("pattern/lwcs/fup_23517.zip").
bool isPlainRelativePath(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$"));
    if (!re.match(path).hasMatch())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QLatin1String(".")) && !parts.contains(QLatin1String(".."));
}

bool digestMatches(const QString &file, const QString &hex, QString *actual)
{
    const QCryptographicHash::Algorithm algo = hex.size() == 32   ? QCryptographicHash::Md5
                                               : hex.size() == 40 ? QCryptographicHash::Sha1
                                                                  : QCryptographicHash::Sha256;
    QFile f(file);
    QCryptographicHash h(algo);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return false;
    *actual = QString::fromLatin1(h.result().toHex());
    return actual->compare(hex, Qt::CaseInsensitive) == 0;
}

} // namespace

QString PatternDownload::describe() const
{
    return Tr::tr("Read server.ini from %1, download %2 from its Server.1 address, check them and "
              "unpack them in a temporary folder (%3 is not touched yet).")
        .arg(m_params.source.toString(), m_params.componentIds.join(QStringLiteral(", ")),
             Target::displayPath(m_params.patternFolder));
}

QString PatternDownload::failureText(const HttpResult &r)
{
    QString what;
    switch (r.failedStage) {
    case HttpStage::None:
        return Tr::tr("the server answered HTTP %1 %2").arg(r.status).arg(r.reason).trimmed();
    case HttpStage::Connect:
        what = r.code == QLatin1String("connect.refused") ? Tr::tr("connection refused") : Tr::tr("no connection");
        break;
    case HttpStage::Stalled:
        what = Tr::tr("the download stalled (no data arrived for too long)");
        break;
    case HttpStage::Timeout:
        what = Tr::tr("the download took longer than allowed");
        break;
    case HttpStage::Reset:
        what = Tr::tr("the connection closed before the end: partial download");
        break;
    case HttpStage::Dns:
        what = Tr::tr("the name did not resolve");
        break;
    default:
        what = httpStageText(r.failedStage);
        break;
    }
    return r.error.isEmpty() ? what : what + QStringLiteral(" (") + r.error + QLatin1Char(')');
}

qint64 PatternDownload::freeBytes(const QString &path) const
{
    if (m_params.freeBytes)
        return m_params.freeBytes(path);
    const QStorageInfo storage(path);
    return storage.isValid() && storage.isReady() ? storage.bytesAvailable() : -1;
}

KbError PatternDownload::download(const CheckContext &ctx, const QUrl &url, const QString &file,
                                  qint64 expectedSize, qint64 doneBefore, qint64 total,
                                  qint64 *received) const
{
    const QString name = baseName(url.path());
    QFile sink(file);
    if (!sink.open(QIODevice::WriteOnly))
        return KbError::make(QStringLiteral("download.write"),
                             Tr::tr("Cannot save the download: %1").arg(sink.errorString()), file);
    HttpRequest req;
    req.url = url;
    req.timeoutMs = m_params.timeoutMs;
    req.stallTimeoutMs = m_params.stallTimeoutMs;
    req.sink = &sink;
    req.maxBodyBytes = expectedSize; // the download stops at the first byte too many
    req.cancelled = ctx.cancelled;
    req.progress = [&](qint64 got, qint64 length) {
        const qint64 all = total >= 0 ? total : (length >= 0 ? doneBefore + length : -1);
        ctx.reportProgress(doneBefore + got, all, name);
    };
    const HttpResult r = httpGet(req);
    const bool flushed = sink.flush();
    sink.close();
    *received = r.bytes;
    const QString shown = url.toString();
    if (r.code == QLatin1String("sink.write") || !flushed || sink.error() != QFileDevice::NoError)
        return KbError::make(QStringLiteral("download.write"),
                             Tr::tr("Cannot save %1 (is the disk full?): %2").arg(name, sink.errorString()), file);
    if (ctx.isCancelled() || r.failedStage == HttpStage::Cancelled)
        return cancelledError();
    if (r.failedStage == HttpStage::TooLarge)
        return KbError::make(QStringLiteral("download.size"),
                             Tr::tr("%1 is larger than the %L2 bytes server.ini gives as its size; the "
                                    "download was stopped.").arg(name).arg(expectedSize));
    if (r.failedStage != HttpStage::None || r.status != 200)
        return KbError::make(r.failedStage == HttpStage::None ? QStringLiteral("download.http")
                                                              : QStringLiteral("download.failed"),
                             Tr::tr("Downloading %1 failed: %2.").arg(shown, failureText(r)));
    if (r.contentLength >= 0 && r.bytes != r.contentLength)
        return KbError::make(QStringLiteral("download.partial"),
                             Tr::tr("Downloading %1 stopped after %L2 of %L3 bytes.")
                                 .arg(shown).arg(r.bytes).arg(r.contentLength));
    if (r.bytes != expectedSize)
        return KbError::make(QStringLiteral("download.size"),
                             Tr::tr("%1 has %L2 bytes, but server.ini gives its size as %3: the download "
                                "is incomplete or not the file server.ini describes.")
                                 .arg(name).arg(r.bytes).arg(expectedSize));
    if (QFileInfo(file).size() != r.bytes)
        return KbError::make(QStringLiteral("download.write"),
                             Tr::tr("Cannot save %1 completely (is the disk full?).").arg(name), file);
    return {};
}

KbError PatternDownload::run(const CheckContext &ctx, QList<FileEdit> *edits, QStringList *messages) const
{
    // The temporary folder lives as long as the edits made from it: the unpacked pattern files
    // are copied from it into the pattern folder in chunks (FileEdit::afterFile), never read
    // into memory whole (security review M4).
    const auto staging = std::make_shared<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("kbwizard-patterns-XXXXXX")));
    QTemporaryDir &work = *staging;
    if (!work.isValid())
        return KbError::make(QStringLiteral("download.write"),
                             Tr::tr("Cannot create a temporary folder: %1").arg(work.errorString()));

    // 1. server.ini from the update source.
    QString base = m_params.source.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl iniUrl(base + QStringLiteral("/server.ini"));
    HttpRequest req;
    req.url = iniUrl;
    req.timeoutMs = qMin(m_params.timeoutMs, 120000);
    req.stallTimeoutMs = m_params.stallTimeoutMs;
    req.maxBodyBytes = 4 * 1024 * 1024;
    req.cancelled = ctx.cancelled;
    ctx.reportProgress(0, -1, QStringLiteral("server.ini"));
    const HttpResult iniResult = httpGet(req);
    if (ctx.isCancelled() || iniResult.failedStage == HttpStage::Cancelled)
        return cancelledError();
    if (!iniResult.ok() || iniResult.status != 200)
        return KbError::make(QStringLiteral("download.server-ini"),
                             Tr::tr("Reading %1 failed: %2.").arg(iniUrl.toString(), failureText(iniResult)));
    messages->append(Tr::tr("Read %1 (%n byte(s)).", nullptr, int(iniResult.bytes)).arg(iniUrl.toString()));
    KbError err;
    const ActiveUpdateIni ini = ActiveUpdateIni::parse(iniResult.body, iniUrl.toString(), &err);
    if (err)
        return err;
    if (ini.servers.isEmpty())
        return KbError::make(QStringLiteral("au.no-server"),
                             Tr::tr("server.ini has no Server.1 address to download from."), iniUrl.toString());

    // The archives come from the source's own host, and over https when the source is https.
    const QUrl server1 = ini.servers.first();
    if (server1.host().compare(m_params.source.host(), Qt::CaseInsensitive) != 0
        || (m_params.source.scheme() == QLatin1String("https") && server1.scheme() != QLatin1String("https")))
        return KbError::make(QStringLiteral("au.server-host"),
                             Tr::tr("server.ini sends the download to %1, not to the update source's host "
                                    "%2 (over %3); refused.")
                                 .arg(server1.toDisplayString(QUrl::RemoveUserInfo), m_params.source.host(),
                                      m_params.source.scheme()),
                             iniUrl.toDisplayString(QUrl::RemoveUserInfo));

    // 2. The wanted entries (merge entries are not components, so they are never taken).
    QList<ActiveUpdateIni::Component> wanted;
    qint64 total = 0;
    for (const QString &id : m_params.componentIds) {
        const ActiveUpdateIni::Component *c = ini.component(id);
        if (!c)
            return KbError::make(QStringLiteral("au.missing"),
                                 Tr::tr("server.ini has no entry %1 (merge entries are not used).").arg(id),
                                 iniUrl.toString());
        static const QRegularExpression version(QStringLiteral("^\\d{1,12}$"));
        if (!isPlainRelativePath(c->path) || !version.match(c->version).hasMatch())
            return KbError::make(QStringLiteral("au.component"),
                                 Tr::tr("server.ini line %1: %2 names \"%3\", version \"%4\"; a relative "
                                        "path of plain names and a numeric version are expected.")
                                     .arg(c->line).arg(c->id, c->path, c->version),
                                 iniUrl.toDisplayString(QUrl::RemoveUserInfo), c->line);
        if (c->size <= 0 || c->size > m_params.maxDownloadBytes - total)
            return KbError::make(QStringLiteral("au.size"),
                                 c->size < 0 ? Tr::tr("server.ini line %1 gives no size for %2; the download "
                                                      "cannot be checked.").arg(c->line).arg(c->id)
                                             : Tr::tr("server.ini line %1 gives %2 a size of %L3 bytes; the "
                                                      "pattern download takes at most %L4 bytes in all.")
                                                   .arg(c->line).arg(c->id).arg(c->size).arg(m_params.maxDownloadBytes),
                                 iniUrl.toDisplayString(QUrl::RemoveUserInfo), c->line);
        wanted.append(*c);
        total += c->size;
        messages->append(Tr::tr("server.ini line %1: %2 = %3, version %4, %L5 bytes.")
                             .arg(c->line).arg(c->id, c->path, c->version,
                                               c->size < 0 ? Tr::tr("unknown") : QString::number(c->size)));
    }
    if (ini.mergeEntries > 0)
        messages->append(Tr::tr("Ignored %n merge entry(ies) of server.ini, as the article says.", nullptr, ini.mergeEntries));
    {
        const qint64 needed = total + m_params.maxUnpackedBytes;
        const qint64 avail = freeBytes(work.path());
        if (avail >= 0 && avail < qMin(needed, total * 4))
            return KbError::make(QStringLiteral("disk.full"),
                                 Tr::tr("Not enough free disk space for the download: about %L1 bytes "
                                    "needed, %2 free.").arg(qMin(needed, total * 4)).arg(avail),
                                 work.path());
    }

    // 3. Download each archive from the Server.1 base, checking what server.ini promises.
    const QString dlDir = QDir(work.path()).filePath(QStringLiteral("download"));
    const QString unpackDir = QDir(work.path()).filePath(QStringLiteral("unpacked"));
    QDir().mkpath(dlDir);
    QDir().mkpath(unpackDir);
    qint64 done = 0;
    qint64 unpackedBytes = 0;
    QStringList unpacked;      // file names, as they will be written
    QStringList unpackedFiles; // where they are now
    QStringList unpackedSha256; // their digests, computed while they were unpacked
    QList<qint64> unpackedSizes;
    for (int i = 0; i < wanted.size(); ++i) {
        const ActiveUpdateIni::Component &c = wanted.at(i);
        const QUrl url = ini.downloadUrl(c);
        const QString name = baseName(c.path);
        // Each archive keeps its own name (errors name it), in a folder of its own.
        const QString file = QDir(dlDir).filePath(QStringLiteral("%1/%2").arg(i).arg(name));
        QDir().mkpath(QFileInfo(file).absolutePath());
        qint64 got = 0;
        if (KbError e = download(ctx, url, file, c.size, done, total, &got))
            return e;
        done += got;
        QString note = Tr::tr("size as in server.ini");
        if (!c.hash.isEmpty()) {
            QString actual;
            if (!digestMatches(file, c.hash, &actual))
                return KbError::make(QStringLiteral("download.hash"),
                                     Tr::tr("%1 does not match the digest in server.ini (%2, got %3).")
                                         .arg(name, c.hash, actual));
            note += Tr::tr("; digest matches");
        }
        messages->append(Tr::tr("Downloaded %1 (%L2 bytes; %3).").arg(url.toString()).arg(got).arg(note));

        // 4. Unpack into the temporary folder; Archive refuses damage, links, escapes, other
        // formats and methods, and more than the unpacked bytes left.
        const QString expected = QString(m_params.patternFilter).replace(QLatin1Char('*'), c.version);
        const QString archiveDir = QDir(unpackDir).filePath(QString::number(i));
        QDir().mkpath(archiveDir);
        QStringList names;
        QHash<QString, QString> digests;
        qint64 unpackedNow = 0;
        if (KbError e = Archive::extractAll(file, archiveDir, &names, ctx.cancelled,
                                            m_params.maxUnpackedBytes - unpackedBytes, &unpackedNow, &digests)) {
            if (e.code == QLatin1String("archive.cancelled"))
                return cancelledError();
            return KbError::make(e.code, Tr::tr("%1 cannot be unpacked: %2").arg(name, e.message));
        }
        unpackedBytes += unpackedNow;
        // Exactly the pattern file server.ini names for this component, nothing else.
        if (names.size() != 1 || names.first().compare(expected, Qt::CaseInsensitive) != 0)
            return KbError::make(QStringLiteral("archive.unexpected"),
                                 Tr::tr("%1 holds %2; only %3 (the pattern file of %4, version %5) is "
                                        "expected. Nothing was written.")
                                     .arg(name, names.isEmpty() ? Tr::tr("no file") : names.join(QStringLiteral(", ")),
                                          expected, c.id, c.version));
        const QString n = names.first();
        if (unpacked.contains(n, Qt::CaseInsensitive))
            return KbError::make(QStringLiteral("archive.duplicate"), Tr::tr("Both archives hold %1.").arg(n));
        unpacked.append(n);
        unpackedFiles.append(QDir(archiveDir).filePath(n));
        unpackedSha256.append(digests.value(n));
        unpackedSizes.append(unpackedNow);
        messages->append(Tr::tr("Unpacked %1: %2.").arg(name, n));
    }
    if (ctx.isCancelled())
        return cancelledError();

    // 5. One edit per unpacked file; nothing in the pattern folder has been touched so far.
    const QString folder = ctx.target.path(m_params.patternFolder);
    qint64 needed = 0;
    for (int i = 0; i < unpacked.size(); ++i) {
        const QString &n = unpacked.at(i);
        FileEdit edit;
        edit.path = QDir(folder).filePath(n);
        edit.displayPath = Target::displayPath(m_params.patternFolder + QLatin1Char('/') + n);
        // Streamed: the executor copies the unpacked file in chunks, checking this digest.
        edit.afterFile = unpackedFiles.at(i);
        edit.afterSha256 = unpackedSha256.at(i);
        edit.afterSize = unpackedSizes.at(i);
        edit.staging = staging;
        const QFileInfo dest(edit.path);
        if (dest.isDir())
            return KbError::make(QStringLiteral("archive.conflict"),
                                 Tr::tr("A folder is in the way of %1.").arg(n), edit.path);
        if (dest.exists()) {
            // Compared by digest, read in chunks (the backup copies it the same way).
            if (KbError e = sha256OfFile(edit.path, &edit.beforeSha256))
                return e;
            if (edit.beforeSha256 == edit.afterSha256) {
                messages->append(Tr::tr("%1 is already up to date.").arg(edit.displayPath));
                continue;
            }
        } else {
            edit.createsFile = true;
        }
        needed += edit.afterSize;
        edits->append(edit);
    }
    const qint64 avail = freeBytes(QFileInfo(folder).isDir() ? folder : ctx.target.pccsrv);
    if (avail >= 0 && avail < needed + 1024 * 1024)
        return KbError::make(QStringLiteral("disk.full"),
                             Tr::tr("Not enough free disk space in %1: %L2 bytes needed, %3 free.")
                                 .arg(Target::displayPath(m_params.patternFolder)).arg(needed).arg(avail),
                             folder);
    return ctx.isCancelled() ? cancelledError() : KbError();
}

} // namespace kb
