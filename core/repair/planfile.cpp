#include "repair/repairplan.h"

// Saved repair plans (docs/plan-schema.md): the content that decides what is applied, the JSON
// with the diffs and the digest, reading a plan back and binding it to the server again.

#include "fixes/fixexecutor.h"
#include "report/redact.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::RepairPlan)
};

const QString kFormat = QStringLiteral("kbwizard-repair-plan");
constexpr int kVersion = 1;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString editAction(const FileEdit &e)
{
    return e.deletesFile ? QStringLiteral("delete") : e.createsFile ? QStringLiteral("create") : QStringLiteral("edit");
}

QString hostActionId(HostAction::Kind k)
{
    switch (k) {
    case HostAction::Kind::RestartService: return QStringLiteral("restart-service");
    case HostAction::Kind::StartService: return QStringLiteral("start-service");
    case HostAction::Kind::GrantAcl: return QStringLiteral("grant-acl");
    case HostAction::Kind::SetIisAnonymous: return QStringLiteral("set-iis-anonymous");
    }
    return QString();
}

QStringList secretValues(const QVariantMap &secrets)
{
    QStringList out;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        if (it.value().toString().size() >= 3)
            out << it.value().toString();
    return out;
}
} // namespace

QJsonObject PlannedStep::content() const
{
    if (!bound)
        return saved;
    QJsonArray edits;
    for (const FileEdit &e : fix.edits)
        edits.append(QJsonObject{
            {QStringLiteral("path"), e.displayPath},
            {QStringLiteral("action"), editAction(e)},
            {QStringLiteral("sha256Before"), e.createsFile ? QString() : sha256Hex(e.before)},
            {QStringLiteral("sha256After"), e.deletesFile ? QString() : sha256Hex(e.after)},
        });
    QJsonArray actions;
    for (const HostAction &a : fix.actions) // never the password
        actions.append(QJsonObject{
            {QStringLiteral("kind"), hostActionId(a.kind)},
            {QStringLiteral("target"), a.target},
            {QStringLiteral("principal"), a.principal},
            {QStringLiteral("rights"), a.rights},
            {QStringLiteral("userName"), a.userName},
        });
    QJsonArray followUps;
    for (const FollowUpCheck &f : fix.followUps)
        followUps.append(f.stepId);
    QJsonArray readList;
    for (const PlanRead &r : reads)
        readList.append(QJsonObject{{QStringLiteral("path"), r.displayPath},
                                    {QStringLiteral("sha256"), r.sha256}});
    return QJsonObject{
        {QStringLiteral("step"), stepId},
        {QStringLiteral("inputs"), QJsonObject::fromVariantMap(inputs)},
        {QStringLiteral("secretInputs"), QJsonArray::fromStringList(secretIds)},
        {QStringLiteral("error"), fix.error.code},
        {QStringLiteral("edits"), edits},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("prepare"), bool(fix.prepare)},
        {QStringLiteral("followUps"), followUps},
        {QStringLiteral("reads"), readList},
    };
}

// --- saved plans -----------------------------------------------------------------------------

QString RepairPlan::digestOf(QJsonObject json)
{
    json.remove(QStringLiteral("digest"));
    return sha256Hex(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject RepairPlan::toJson() const
{
    QJsonArray stepList;
    for (const PlannedStep &s : steps) {
        const QStringList known = secretValues(s.secrets);
        QJsonArray notes;
        for (const QString &n : s.fix.notes)
            notes.append(redactText(n, known));
        FixPlan shown = s.fix;
        shown.notes.clear();
        stepList.append(QJsonObject{
            {QStringLiteral("id"), s.stepId},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("reach"), reachId(s.reach)},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("preview"), s.bound ? redactText(FixExecutor::preview(shown), known) : QString()},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("errorMessage"), s.fix.error ? redactText(s.fix.error.toString(), known) : QString()},
            {QStringLiteral("content"), s.content()},
        });
    }
    QJsonObject json{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("article"), articleId},
        {QStringLiteral("host"), hostKind},
        {QStringLiteral("target"), QJsonObject{
             {QStringLiteral("pccsrv"), QDir::toNativeSeparators(target.pccsrv)},
             {QStringLiteral("product"), productId(target.product)},
             {QStringLiteral("version"), target.version},
             {QStringLiteral("serverName"), target.serverName},
         }},
        {QStringLiteral("steps"), stepList},
        {QStringLiteral("heldBack"), QJsonArray::fromStringList(heldBack)},
    };
    json.insert(QStringLiteral("digest"), digestOf(json));
    return json;
}

RepairPlan RepairPlan::fromJson(const QJsonObject &json, const QString &fileName, KbError *error)
{
    RepairPlan plan;
    auto fail = [&](const QString &code, const QString &message) {
        if (error)
            *error = KbError::make(code, message, fileName);
        return RepairPlan();
    };
    if (json.value(QLatin1String("format")).toString() != kFormat
        || json.value(QLatin1String("version")).toInt() != kVersion)
        return fail(QStringLiteral("plan.format"),
                    Tr::tr("This is not a KB Wizard repair plan (format %1, version %2).")
                        .arg(kFormat).arg(kVersion));
    if (json.value(QLatin1String("digest")).toString() != digestOf(json))
        return fail(QStringLiteral("plan.edited"),
                    Tr::tr("The plan was changed after it was made (its digest does not match its "
                           "content). Nothing was changed; make the plan again."));
    plan.articleId = json.value(QLatin1String("article")).toString();
    plan.hostKind = json.value(QLatin1String("host")).toString();
    plan.created = QDateTime::fromString(json.value(QLatin1String("created")).toString(), Qt::ISODate);
    const QJsonObject t = json.value(QLatin1String("target")).toObject();
    plan.target.pccsrv = QDir::fromNativeSeparators(t.value(QLatin1String("pccsrv")).toString());
    plan.target.product = productFromId(t.value(QLatin1String("product")).toString());
    plan.target.version = t.value(QLatin1String("version")).toString();
    plan.target.serverName = t.value(QLatin1String("serverName")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("heldBack")).toArray())
        plan.heldBack.append(v.toString());
    for (const QJsonValue &v : json.value(QLatin1String("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        PlannedStep ps;
        ps.bound = false;
        ps.stepId = o.value(QLatin1String("id")).toString();
        ps.title = o.value(QLatin1String("title")).toString();
        ps.description = o.value(QLatin1String("description")).toString();
        ps.saved = o.value(QLatin1String("content")).toObject();
        ps.savedPreview = o.value(QLatin1String("preview")).toString();
        ps.inputs = ps.saved.value(QLatin1String("inputs")).toObject().toVariantMap();
        for (const QJsonValue &id : ps.saved.value(QLatin1String("secretInputs")).toArray())
            ps.secretIds.append(id.toString());
        for (const QJsonValue &r : ps.saved.value(QLatin1String("reads")).toArray()) {
            const QString display = r.toObject().value(QLatin1String("path")).toString();
            ps.reads.append({plan.target.path(display), display,
                             r.toObject().value(QLatin1String("sha256")).toString()});
        }
        plan.steps.append(ps);
    }
    if (plan.articleId.isEmpty() || !plan.target.isValid())
        return fail(QStringLiteral("plan.format"), Tr::tr("The plan names no article or no installation."));
    return plan;
}

KbError RepairPlan::bind(const Article &article, const CheckContext &ctx,
                         const QHash<QString, QVariantMap> &secrets)
{
    if (KbError e = checkUnchanged())
        return e;
    QList<PlannedStep> bound;
    for (const PlannedStep &saved : std::as_const(steps)) {
        const Step *step = article.step(saved.stepId);
        if (!step)
            return KbError::make(QStringLiteral("plan.differs"),
                                 Tr::tr("The article %1 has no step %2.").arg(article.id, saved.stepId));
        QVariantMap values = saved.inputs;
        for (const QString &id : saved.secretIds) {
            const QVariant v = secrets.value(saved.stepId).value(id);
            if (v.toString().isEmpty())
                return KbError::make(QStringLiteral("plan.secret"),
                                     Tr::tr("The step %1 needs the password \"%2\": give it in the --inputs "
                                            "file ({\"%1\": {\"%2\": \"...\"}}); plans never hold passwords.")
                                         .arg(saved.stepId, id));
            values.insert(id, v);
        }
        PlannedStep again = planStep(*step, ctx, values);
        if (again.content() != saved.saved)
            return KbError::make(QStringLiteral("plan.differs"),
                                 Tr::tr("The fix of %1 would now do something other than the plan "
                                        "shows. Nothing was changed; make the plan again.")
                                     .arg(saved.stepId));
        again.title = saved.title; // as the approver read it
        bound.append(again);
    }
    steps = bound;
    return {};
}

} // namespace kb
