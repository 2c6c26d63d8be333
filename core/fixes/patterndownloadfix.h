#pragma once

#include "fixes/fix.h"
#include "net/patterndownload.h"

#include <QHash>
#include <functional>

namespace kb {

// Missing pattern files fetched the way the article does it by hand: the Integrated Server's
// update source (read from the server's configuration, confirmed by the user as an input),
// its server.ini, the wanted component entries, downloaded from the Server.1 base, checked,
// unpacked into the pattern folder after a backup, then the service restarted and other steps
// checked again. The download runs as the plan's preparation (PatternDownload): the plan
// itself only reads the configuration, so previews stay instant and touch no network.
class PatternDownloadFix final : public Fix
{
public:
    struct Options
    {
        QString sourceFile;      // relative to PCCSRV, holds the update source
        QString sourceSection;
        QString sourceKey;
        QString sourceNote;      // e.g. "key [inferred]"
        QStringList componentIds;
        QString patternFolder;   // relative to PCCSRV
        QString patternFilter;   // "fup*.ptn"
        QString service;         // restarted after the files are in place
        QHash<quint32, QString> serviceErrorHelp;
        QList<FollowUpCheck> followUps;
        int timeoutMs = 15 * 60 * 1000; // per download
        int stallTimeoutMs = 60000;
        std::function<qint64(const QString &path)> freeBytes; // tests: simulate a full disk
        qint64 maxDownloadBytes = PatternDownload::kMaxDownloadBytes; // all archives together
        qint64 maxUnpackedBytes = PatternDownload::kMaxUnpackedBytes; // all unpacked files together
        QString description;
        QStringList notes;
    };

    explicit PatternDownloadFix(Options options) : m_options(std::move(options)) {}
    QString description() const override { return m_options.description; }
    QList<FixInput> inputs(const CheckContext &ctx) const override;
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;
    FixScope scope() const override
    {
        return {m_options.service.isEmpty() ? QStringList() : QStringList{m_options.service}, {}, {}};
    }
    const Options &options() const { return m_options; }

    static QString sourceInputId(); // "source"

private:
    QString configuredSource(const CheckContext &ctx) const;
    QStringList candidateSources(const CheckContext &ctx) const;

    Options m_options;
};

} // namespace kb
