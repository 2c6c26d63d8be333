#pragma once

#include "check.h"
#include "ini/updateconfiglayout.h"

namespace kb {

// `update-source-config`: every file that stores the update source names the same one. Only the
// layout's known locations count; lines found by scanning are shown, not compared (another
// component may keep its own source there).
class SourceAgreementCheck final : public Check
{
public:
    explicit SourceAgreementCheck(UpdateConfigLayout layout) : m_layout(std::move(layout)) {}
    CheckResult run(const CheckContext &ctx) const override;

private:
    UpdateConfigLayout m_layout;
};

} // namespace kb
