#pragma once

#include "fixes/fix.h"
#include "ini/updateconfiglayout.h"

namespace kb {

// Rewrites update-source lines the server's files already have (never adds a key), keeping each
// key's spelling and each file's encoding. The two steps own disjoint lines, so both fixes can
// be planned together and applied one after the other:
// - SwitchSource (`au-source`) owns the primary line (the layout's first location, the source
//   the console shows); when no known key holds it, the lines found by scanning, each only after
//   the user ticks it.
// - MakeAgree (`update-source-config`) owns the other known lines.
// Both default to the same target: the current source when it is a custom one (kept unless the
// user picks another), else the detected version's ActiveUpdate source.
class UpdateSourceFix final : public Fix
{
public:
    enum class Mode { SwitchSource, MakeAgree };
    UpdateSourceFix(UpdateConfigLayout layout, Mode mode, QList<FollowUpCheck> followUps = {});
    QString description() const override;
    QList<FixInput> inputs(const CheckContext &ctx) const override;
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;

private:
    QString defaultSource(const CheckContext &ctx) const;

    UpdateConfigLayout m_layout;
    Mode m_mode;
    QList<FollowUpCheck> m_followUps;
};

} // namespace kb
