#include "fixes/updatesourcefix.h"

#include "backup/atomicfile.h"
#include "ini/inidocument.h"
#include "ini/updateconfig.h"

#include <QCoreApplication>
#include <QMap>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::UpdateSourceFix)
};

const QString kSource = QStringLiteral("source");
const QString kAlternate = QStringLiteral("alternate");
const QString kCandidate = QStringLiteral("candidate-%1");
const QString kYes = QStringLiteral("yes");
const QString kNo = QStringLiteral("no");

bool isPrimary(const UpdateConfigLayout &layout, const UpdateConfig::SourceLine &l)
{
    return l.known && !layout.sourceLocations.isEmpty() && l.location.file == layout.sourceLocations.first().file
           && l.location.key == layout.sourceLocations.first().key;
}

bool primaryPresent(const UpdateConfigLayout &layout, const UpdateConfig &cfg)
{
    for (const UpdateConfig::SourceLine &l : cfg.sources)
        if (isPrimary(layout, l) && l.entry.line > 0)
            return true;
    return false;
}

QString describe(const UpdateConfig::SourceLine &l)
{
    return QStringLiteral("%1 %2").arg(Target::displayPath(l.location.file), l.entry.key.isEmpty() ? l.location.key : l.entry.key);
}

} // namespace

UpdateSourceFix::UpdateSourceFix(UpdateConfigLayout layout, Mode mode, QList<FollowUpCheck> followUps)
    : m_layout(std::move(layout)), m_mode(mode), m_followUps(std::move(followUps))
{
}

QString UpdateSourceFix::description() const
{
    QStringList others;
    for (qsizetype i = 1; i < m_layout.sourceLocations.size(); ++i)
        others << QStringLiteral("%1 %2").arg(Target::displayPath(m_layout.sourceLocations.at(i).file),
                                               m_layout.sourceLocations.at(i).key);
    const IniLocation primary = m_layout.sourceLocations.value(0);
    return m_mode == Mode::SwitchSource
               ? Tr::tr("Switch the update source in %1 %2 to the chosen one: by default the ActiveUpdate "
                    "source for the detected version; a custom source is kept unless you pick another.")
                     .arg(Target::displayPath(primary.file), primary.key)
               : Tr::tr("Set the other files' update-source lines (%1) to the chosen source, by default the "
                    "one the update source step settles on.")
                     .arg(others.join(QLatin1String(", ")));
}

QString UpdateSourceFix::defaultSource(const CheckContext &ctx) const
{
    const UpdateConfig cfg = UpdateConfig::read(ctx, m_layout);
    const QString versionSource = UpdateConfig::activeUpdateSourceFor(m_layout, ctx.target.version);
    if (!cfg.primarySource.isEmpty() && UpdateConfig::versionOfSource(m_layout, cfg.primarySource).isEmpty())
        return cfg.primarySource; // a custom source is kept unless the user picks another
    return versionSource.isEmpty() ? cfg.primarySource : versionSource;
}

QList<FixInput> UpdateSourceFix::inputs(const CheckContext &ctx) const
{
    const UpdateConfig cfg = UpdateConfig::read(ctx, m_layout);
    FixInput source;
    source.id = kSource;
    source.kind = FixInput::Kind::Choice;
    source.label = Tr::tr("Update source");
    source.defaultValue = defaultSource(ctx);
    const QString versionSource = UpdateConfig::activeUpdateSourceFor(m_layout, ctx.target.version);
    QStringList normalized;
    auto offer = [&](const QString &url) {
        if (!url.isEmpty() && !normalized.contains(UpdateConfig::normalized(url))) {
            normalized.append(UpdateConfig::normalized(url));
            source.choices.append(url);
        }
    };
    offer(source.defaultValue);
    offer(versionSource);
    for (const UpdateConfig::SourceLine &l : cfg.sources)
        if (l.known && l.entry.line > 0)
            offer(l.entry.value);
    source.help = Tr::tr("The ActiveUpdate source for version %1 is %2.").arg(ctx.target.version, versionSource);
    FixInput alternate;
    alternate.id = kAlternate;
    alternate.label = Tr::tr("Or another update source (URL; leave empty to use the choice above)");
    alternate.help = Tr::tr("For example an intranet mirror: http://server:port/path.");
    QList<FixInput> out{source, alternate};
    if (m_mode != Mode::SwitchSource || primaryPresent(m_layout, cfg))
        return out;
    int n = 0;
    for (const UpdateConfig::SourceLine &l : cfg.sources) {
        if (l.known)
            continue;
        FixInput c;
        c.id = kCandidate.arg(++n);
        c.kind = FixInput::Kind::Choice;
        c.choices = {kNo, kYes};
        c.defaultValue = kNo;
        //: %1 = file, %2 = section, %3 = key, %4 = line, %5 = value
        c.label = Tr::tr("Change %1 [%2] %3 (line %4), now \"%5\"?")
                      .arg(Target::displayPath(l.location.file), l.entry.section, l.entry.key)
                      .arg(l.entry.line)
                      .arg(l.entry.value);
        c.help = Tr::tr("No known key holds the update source. This line was found by scanning for values "
                    "containing \"%1\"; change it only if you know the product reads its update source there.")
                     .arg(m_layout.candidateMarker);
        out.append(c);
    }
    return out;
}

FixPlan UpdateSourceFix::plan(const CheckContext &ctx, const QVariantMap &in) const
{
    FixPlan plan;
    QString chosen = in.value(kAlternate).toString().trimmed();
    if (chosen.isEmpty())
        chosen = in.value(kSource, defaultSource(ctx)).toString().trimmed();
    const QUrl url(chosen, QUrl::StrictMode);
    if (chosen.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        plan.error = KbError::make(QStringLiteral("fix.input"),
                                   Tr::tr("Enter the update source as an http:// or https:// address."));
        return plan;
    }
    const UpdateConfig cfg = UpdateConfig::read(ctx, m_layout);
    const bool hasPrimary = primaryPresent(m_layout, cfg);
    QMap<QString, IniDocument> docs;
    QStringList untouched; // lines that disagree but belong to the other step
    int n = 0;             // candidate inputs are numbered in evidence order, as inputs() offers them
    for (const UpdateConfig::SourceLine &l : cfg.sources) {
        bool mine = false;
        if (m_mode == Mode::SwitchSource)
            mine = isPrimary(m_layout, l) || (!l.known && !hasPrimary && in.value(kCandidate.arg(++n)).toString() == kYes);
        else
            mine = l.known && !isPrimary(m_layout, l);
        const bool differs = l.entry.line > 0 && UpdateConfig::normalized(l.entry.value) != UpdateConfig::normalized(chosen);
        if (!mine) {
            if (l.known && differs)
                untouched << describe(l);
            continue;
        }
        if (!differs)
            continue; // absent keys are never added; equal lines stay as written
        if (!docs.contains(l.location.file)) {
            KbError err;
            docs.insert(l.location.file, IniDocument::load(ctx.target.path(l.location.file), &err));
            if (err) {
                plan.error = err;
                return plan;
            }
        }
        if (!docs[l.location.file].setValueAtLine(l.entry.line, chosen)) {
            plan.error = KbError::make(QStringLiteral("fix.encoding"),
                                       Tr::tr("%1 cannot hold this address.").arg(Target::displayPath(l.location.file)),
                                       ctx.target.path(l.location.file));
            return plan;
        }
    }
    for (auto it = docs.cbegin(); it != docs.cend(); ++it) {
        FileEdit edit;
        edit.path = ctx.target.path(it.key());
        edit.displayPath = Target::displayPath(it.key());
        if (KbError e = readWholeFile(edit.path, &edit.before)) {
            plan.error = e;
            return plan;
        }
        edit.after = it.value().serialize();
        if (edit.after != edit.before)
            plan.edits.append(edit);
    }
    const QString others = untouched.join(QLatin1String(", "));
    if (plan.edits.isEmpty()) {
        QString why = m_mode == Mode::SwitchSource
                          ? (hasPrimary ? Tr::tr("The update source already is %1.").arg(chosen)
                                        : Tr::tr("No line was chosen: no known key holds the update source; tick the "
                                             "line to change."))
                          : Tr::tr("The other files already name %1.").arg(chosen);
        if (!others.isEmpty())
            why += QLatin1Char(' ')
                   + (m_mode == Mode::SwitchSource ? Tr::tr("%1 differ: the update-source settings step sets them.")
                                                   : Tr::tr("%1 differs: the update source step switches it."))
                         .arg(others);
        plan.error = KbError::make(QStringLiteral("fix.nothing"), why);
        return plan;
    }
    if (!others.isEmpty())
        plan.notes.append(m_mode == Mode::SwitchSource
                              ? Tr::tr("%1 still name another source: the update-source settings step sets them.").arg(others)
                              : Tr::tr("%1 names another source: the update source step switches it.").arg(others));
    if (!cfg.sourceTypeValue.isEmpty())
        plan.notes.append(Tr::tr("%1 %2=%3 is left as it is: what its values mean is not known for sure.")
                              .arg(Target::displayPath(m_layout.sourceType.file), m_layout.sourceType.key,
                                   cfg.sourceTypeValue));
    plan.notes.append(Tr::tr("After the change, start a manual update in the console to confirm that the server "
                         "downloads from %1.").arg(chosen));
    plan.followUps = m_followUps;
    return plan;
}

} // namespace kb
