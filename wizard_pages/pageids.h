#pragma once

namespace kb {

// Page ids of the wizard, in the order they are shown.
enum PageId {
    Page_Target = 0,
    Page_Symptom,
    Page_Diagnose,
    Page_Fix,
    Page_Report,
};

} // namespace kb
