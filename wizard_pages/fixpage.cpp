#include "fixpage.h"

#include "fixes/elevationcheckedfix.h"
#include "fixes/fixexecutor.h"
#include "messagebanner.h"
#include "report/redact.h"
#include "session.h"
#include "statuspresentation.h"
#include "undopanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kb {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPixmap smallIcon(const QWidget *w, const QIcon &icon)
{
    const int size = w->style()->pixelMetric(QStyle::PM_SmallIconSize);
    return icon.pixmap(size, size);
}

// A fix that asks for the confirmation itself (IisAnonymousFix: "confirmPassword", "Confirm
// password") gets no second one from the page.
bool isConfirmation(const FixInput &in)
{
    return in.kind == FixInput::Kind::Password
           && (in.id.contains(QLatin1String("confirm"), Qt::CaseInsensitive)
               || in.label.contains(QLatin1String("confirm"), Qt::CaseInsensitive));
}

} // namespace

FixPage::FixPage(Session *session, QWidget *parent) : QWizardPage(parent), m_session(session)
{
    setCommitPage(true);

    // Above the tabs: the administrator-rights warning, an icon and the engine's words.
    m_elevationBanner = new MessageBanner(this);

    // Tab 1: the changes to make.
    auto *fixTab = new QWidget;
    m_intro = wrappingLabel(fixTab);
    m_fixList = new QWidget;
    m_fixLayout = new QVBoxLayout(m_fixList);
    m_fixLayout->addStretch(1);
    auto *scroll = new QScrollArea(fixTab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps instead
    scroll->setWidget(m_fixList);
    m_progress = new QProgressBar(fixTab);
    m_stopButton = new QPushButton(fixTab);
    m_stopButton->setAutoDefault(false);
    m_applyStatus = wrappingLabel(fixTab);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);
    auto *fixLayout = new QVBoxLayout(fixTab);
    fixLayout->addWidget(m_intro);
    fixLayout->addWidget(scroll, 1);
    fixLayout->addLayout(progressRow);
    fixLayout->addWidget(m_applyStatus);
    m_progress->hide();
    m_stopButton->hide();
    m_applyStatus->hide();

    // Tab 2: undo.
    m_undo = new UndoPanel(m_session);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fixTabs")); // found by the screenshot hook
    m_tabs->addTab(fixTab, QString());
    m_tabs->addTab(m_undo, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_elevationBanner);
    layout->addWidget(m_tabs);

    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_session->cancelFixes();
        m_stopButton->setEnabled(false);
        m_applyStatus->setText(tr("Stopping after the current step; nothing half-done is kept."));
    });
    connect(m_undo, &UndoPanel::busyChanged, this, &FixPage::updateButtons);
    connect(m_undo, &UndoPanel::undone, this, &FixPage::onUndone);
    connect(m_session, &Session::fixStarted, this, &FixPage::onFixStarted);
    connect(m_session, &Session::fixProgress, this, &FixPage::onFixProgress);
    connect(m_session, &Session::fixFinished, this, &FixPage::onFixFinished);
    connect(m_session, &Session::fixesFinished, this, &FixPage::onFixesFinished);
    connect(&m_elevationWatcher, &QFutureWatcher<Elevation>::finished, this, &FixPage::elevationChecked);
    retranslateUi();
}

FixPage::~FixPage()
{
    m_elevationWatcher.waitForFinished(); // holds the host through its context, not the page
}

void FixPage::retranslateUi()
{
    setTitle(tr("Fix"));
    updateSubTitle();
    m_tabs->setTabText(0, tr("Changes to &make"));
    m_tabs->setTabText(1, tr("Undo &earlier changes"));
    m_tabs->setAccessibleName(tr("Fixes and undo"));
    m_elevationBanner->setAccessibleName(tr("Administrator rights"));
    m_progress->setAccessibleName(tr("Progress of the fixes"));
    //: Progress bar text: %v fixes done of %m.
    m_progress->setFormat(tr("%v of %m fixes"));
    //: Button shown while fixes are applied: stop after the fix that is running.
    m_stopButton->setText(tr("&Stop"));
    m_stopButton->setAccessibleName(tr("Stop applying fixes"));
    m_stopButton->setToolTip(tr("Stops after the current step; nothing half-done is kept."));
    if (!m_applying && !m_applied) // keep the outcomes on screen
        rebuildFixes();
    m_undo->retranslateUi();
    if (m_session->target().isValid())
        startElevationCheck(); // the engine's text is translated too
}

void FixPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void FixPage::initializePage()
{
    m_applied = false;
    m_tabs->setCurrentIndex(0);
    m_progress->hide();
    m_stopButton->hide();
    m_applyStatus->hide();
    m_undo->clearMessage();
    rebuildFixes();
    m_undo->refresh();
    startElevationCheck();
}

void FixPage::startElevationCheck()
{
    // elevationWarningFor() may run `reg query` (remote: over the network): never on the UI
    // thread. The context's hostOwner keeps the host alive should the Session replace it.
    const CheckContext ctx = m_session->context();
    m_elevationWatcher.setFuture(QtConcurrent::run([ctx] {
        Elevation e;
        e.text = elevationWarningFor(ctx);
        e.notElevated = !e.text.isEmpty() && elevationOf(ctx).state == ElevationStatus::State::NotElevated;
        return e;
    }));
}

void FixPage::elevationChecked()
{
    const Elevation e = m_elevationWatcher.result();
    const QIcon icon = style()->standardIcon(e.notElevated ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation);
    m_elevationBanner->setIcon(icon);
    m_elevationBanner->setMessage(e.text);
}

void FixPage::rebuildFixes()
{
    for (const FixUi &ui : std::as_const(m_fixes))
        delete ui.box;
    m_fixes.clear();
    const QStringList steps = m_session->fixableSteps();
    for (const QString &stepId : steps) {
        m_fixes.append(makeFixUi(stepId));
        m_fixLayout->insertWidget(m_fixLayout->count() - 1, m_fixes.constLast().box);
        refreshPreview(int(m_fixes.size()) - 1);
    }

    if (!steps.isEmpty()) {
        m_intro->setText(tr("%n change(s) can be made. Clear the box of any you do not want.", nullptr,
                            int(steps.size())));
    } else {
        int problems = 0;
        if (const ArticleRun *run = m_session->currentRun())
            for (const StepRun &s : run->steps)
                problems += (s.result.status == Status::Fail || s.result.status == Status::Warn
                             || s.result.status == Status::Error)
                                ? 1
                                : 0;
        m_intro->setText(problems == 0
                             ? tr("Nothing to fix: no check found a problem that KB Wizard can "
                                  "repair. Manual steps are listed in the report.")
                             : tr("Nothing to fix automatically. %n problem(s) need work by hand "
                                  "or could not be checked: see the diagnosis and the report.",
                                  nullptr, problems));
    }
    updateButtons();
}

FixPage::FixUi FixPage::makeFixUi(const QString &stepId)
{
    const Article *article = m_session->article();
    const Step *step = article ? article->step(stepId) : nullptr;
    FixUi ui;
    ui.stepId = stepId;
    ui.box = new QGroupBox(step ? step->title : stepId, m_fixList);
    ui.box->setCheckable(true);
    ui.box->setChecked(true);
    ui.box->setAccessibleName(step ? step->title : stepId);
    ui.box->setAccessibleDescription(step && step->fix ? tr("When checked, this fix is applied: %1")
                                                             .arg(step->fix->description())
                                                       : QString());
    auto *layout = new QVBoxLayout(ui.box);

    auto *description = wrappingLabel(ui.box);
    description->setText(step && step->fix ? step->fix->description() : QString());
    layout->addWidget(description);
    addInputs(ui, int(m_fixes.size()), layout);

    ui.notes = wrappingLabel(ui.box);
    layout->addWidget(ui.notes);
    auto *previewLabel = new QLabel(tr("Preview of the changes:"), ui.box);
    ui.preview = new QPlainTextEdit(ui.box);
    ui.preview->setReadOnly(true);
    ui.preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    ui.preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui.preview->setTabChangesFocus(true);
    ui.preview->setAccessibleName(tr("Preview of the changes: %1").arg(ui.box->title()));
    ui.preview->setAccessibleDescription(tr("Each changed file as a difference: lines starting "
                                            "with a minus are removed, lines starting with a plus "
                                            "are added. Then the other actions of the fix."));
    previewLabel->setBuddy(ui.preview);
    layout->addWidget(previewLabel);
    layout->addWidget(ui.preview);

    // Long work inside the fix (a download): a bar of its own and what it works on.
    ui.progress = new QProgressBar(ui.box);
    ui.progress->setAccessibleName(tr("Progress: %1").arg(ui.box->title()));
    ui.progressText = wrappingLabel(ui.box);
    layout->addWidget(ui.progress);
    layout->addWidget(ui.progressText);
    ui.progress->hide();
    ui.progressText->hide();

    auto *outcomeRow = new QHBoxLayout;
    ui.outcomeIcon = new QLabel(ui.box);
    ui.outcomeIcon->setAlignment(Qt::AlignTop);
    ui.outcome = wrappingLabel(ui.box);
    outcomeRow->addWidget(ui.outcomeIcon);
    outcomeRow->addWidget(ui.outcome, 1);
    layout->addLayout(outcomeRow);
    ui.outcomeIcon->hide();
    ui.outcome->hide();

    connect(ui.box, &QGroupBox::toggled, this, [this] { updateButtons(); });
    return ui;
}

void FixPage::addInputs(FixUi &ui, int index, QVBoxLayout *layout)
{
    const QVariantMap values = m_session->fixInputs(ui.stepId);
    const QList<FixInput> specs = m_session->fixInputSpecs(ui.stepId);
    if (specs.isEmpty())
        return;
    bool ownConfirmation = false;
    for (const FixInput &spec : specs)
        ownConfirmation = ownConfirmation || isConfirmation(spec);
    auto *form = new QFormLayout;
    // Labels stay on one line (a word-wrapped label in a QFormLayout gets too little height and
    // is cut off, as the German "Name oder IP-Adresse des Proxyservers" was); a row whose label
    // leaves the field too little room puts the field below it. Labels sit at the top of their
    // row, level with the field rather than with the help text under it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (const FixInput &spec : specs) {
        InputUi in;
        in.spec = spec;
        auto *label = new QLabel(spec.label, ui.box);
        QWidget *field = nullptr;
        switch (spec.kind) {
        case FixInput::Kind::Choice: {
            // A fixed list (proxy protocol, a section, yes/no); free text has its own Text input.
            in.combo = new QComboBox(ui.box);
            // Long choices (URLs) must not widen the page beyond the window.
            in.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            in.combo->setMinimumContentsLength(24);
            in.combo->addItems(spec.choices);
            const QString value = values.value(spec.id, spec.defaultValue).toString();
            if (!value.isEmpty() && in.combo->findText(value) < 0)
                in.combo->addItem(value);
            in.combo->setCurrentText(value);
            connect(in.combo, &QComboBox::currentTextChanged, this, [this, index] { inputsChanged(index); });
            field = in.combo;
            break;
        }
        case FixInput::Kind::Text:
            in.edit = new QLineEdit(values.value(spec.id, spec.defaultValue).toString(), ui.box);
            if (spec.id == QLatin1String("port")) { // the proxy's port: a number, a short field
                in.edit->setValidator(new QIntValidator(1, 65535, in.edit));
                in.edit->setMaximumWidth(in.edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 24);
            }
            connect(in.edit, &QLineEdit::textChanged, this, [this, index] { inputsChanged(index); });
            field = in.edit;
            break;
        case FixInput::Kind::Password:
            // Never pre-filled, never shown: the value only goes to Session::setFixInputs.
            in.edit = new QLineEdit(ui.box);
            in.edit->setEchoMode(QLineEdit::Password);
            connect(in.edit, &QLineEdit::textChanged, this, [this, index] { inputsChanged(index); });
            if (!ownConfirmation) {
                in.confirm = new QLineEdit(ui.box);
                in.confirm->setEchoMode(QLineEdit::Password);
                in.confirm->setAccessibleName(tr("Confirm: %1").arg(spec.label));
                in.confirm->setAccessibleDescription(tr("Type the password again; the fix waits "
                                                        "until both entries match."));
                in.mismatch = new QLabel(tr("The two entries do not match."), ui.box);
                in.mismatch->hide();
                connect(in.confirm, &QLineEdit::textChanged, this, [this, index] { inputsChanged(index); });
            }
            field = in.edit;
            break;
        }
        field->setAccessibleName(spec.label);
        //: %1 = the title of the fix's step
        field->setAccessibleDescription(spec.help.isEmpty() ? tr("Used by the fix \"%1\"; the "
                                                                 "preview shows its effect.")
                                                                  .arg(ui.box->title())
                                                            : spec.help);
        field->setToolTip(spec.help);
        label->setBuddy(field);
        // The field with its help below it, as one cell of the form.
        auto *cell = new QWidget(ui.box);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(field);
        if (!spec.help.isEmpty()) {
            auto *help = wrappingLabel(cell);
            help->setText(spec.help);
            cellLayout->addWidget(help);
        }
        form->addRow(label, cell);
        if (in.confirm) {
            //: Label of the field where the password is typed a second time.
            auto *confirmLabel = new QLabel(tr("Confirm:"), ui.box);
            confirmLabel->setBuddy(in.confirm);
            form->addRow(confirmLabel, in.confirm);
            form->addRow(QString(), in.mismatch);
        }
        ui.inputs.append(in);
    }
    layout->addLayout(form);
}

QString FixPage::withoutSecrets(const FixUi &ui, QString text) const
{
    // The engine redacts what it knows; this also catches a typed password echoed back in an
    // error (e.g. a tool's output), so it never reaches a label or tooltip.
    for (const InputUi &in : ui.inputs) {
        if (in.spec.kind != FixInput::Kind::Password)
            continue;
        for (const QLineEdit *e : {in.edit, in.confirm})
            if (e && e->text().size() >= 3)
                text.replace(e->text(), QStringLiteral("********"));
    }
    return text;
}

void FixPage::inputsChanged(int index)
{
    if (index < 0 || index >= m_fixes.size())
        return;
    FixUi &ui = m_fixes[index];
    QVariantMap values;
    for (const InputUi &in : std::as_const(ui.inputs)) {
        if (in.combo) {
            values.insert(in.spec.id, in.combo->currentText());
        } else if (in.confirm) {
            const bool same = in.edit->text() == in.confirm->text();
            in.mismatch->setVisible(!same && !in.confirm->text().isEmpty());
            if (same && !in.edit->text().isEmpty())
                values.insert(in.spec.id, in.edit->text());
        } else if (in.edit && in.spec.kind == FixInput::Kind::Password) {
            if (!in.edit->text().isEmpty())
                values.insert(in.spec.id, in.edit->text());
        } else if (in.edit) {
            values.insert(in.spec.id, in.edit->text());
        }
    }
    m_session->setFixInputs(ui.stepId, values);
    refreshPreview(index);
    updateButtons();
}

void FixPage::refreshPreview(int index)
{
    FixUi &ui = m_fixes[index];
    FixPlan plan = m_session->planFix(ui.stepId);
    bool passwordsMatch = true;
    for (const InputUi &in : std::as_const(ui.inputs))
        passwordsMatch = passwordsMatch && (!in.confirm || in.edit->text() == in.confirm->text());
    // Fixes say "nothing to change" either with an empty plan or with the error fix.nothing.
    const bool nothing = plan.error.code == QLatin1String("fix.nothing") || (!plan.error && plan.isEmpty());
    ui.state = nothing                                ? FixUi::State::Empty
               : (plan.error || !passwordsMatch)      ? FixUi::State::Blocked
                                                      : FixUi::State::Ready;
    // Notes (trade-offs) get their own label, in the body font, so they are read before the diff.
    ui.notes->setText(withoutSecrets(ui, redactText(plan.notes.join(QLatin1Char('\n')))));
    ui.notes->setVisible(!plan.notes.isEmpty());
    plan.notes.clear();
    QString text;
    if (nothing)
        text = tr("There is nothing to change.") + (plan.error ? QLatin1Char('\n') + redactText(plan.error.message) : QString());
    else if (plan.error)
        text = tr("This fix cannot be prepared yet:\n%1").arg(redactText(plan.error.toString()));
    else
        text = redactText(FixExecutor::preview(plan)); // context lines may hold encrypted blobs
    text = withoutSecrets(ui, text);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    ui.preview->setPlainText(text);
    // As tall as the preview (up to 14 lines), so short diffs need no scrolling.
    const QFontMetrics fm(ui.preview->font());
    const QStringList lines = text.split(QLatin1Char('\n'));
    int widest = 0;
    for (const QString &line : lines)
        widest = qMax(widest, fm.horizontalAdvance(line));
    const int wide = qMax(ui.preview->viewport()->width(), 600);
    // One spare line covers the editor's inner margins, whatever the style.
    ui.preview->setFixedHeight((qBound(3, int(lines.size()), 14) + 1) * fm.lineSpacing()
                               + 2 * ui.preview->frameWidth()
                               + (widest > wide ? ui.preview->horizontalScrollBar()->sizeHint().height() : 0));
}
QStringList FixPage::stepsToApply() const
{
    QStringList ids;
    for (const FixUi &ui : m_fixes)
        if (ui.box->isChecked() && ui.state == FixUi::State::Ready)
            ids.append(ui.stepId);
    return ids;
}

// The subtitle says where the user stands: before, while and after the fixes are applied.
void FixPage::updateSubTitle()
{
    if (m_applied)
        setSubTitle(tr("The fixes were applied, and each step was checked again. Every change can "
                       "be undone under \"Undo earlier changes\"."));
    else if (m_applying)
        setSubTitle(tr("Applying the fixes: each file is backed up first; a fix that fails is "
                       "rolled back."));
    else
        setSubTitle(tr("Review the changes. Nothing is changed until you press \"Apply selected\"; "
                       "every file is backed up first and checked again afterwards."));
}

void FixPage::updateButtons()
{
    updateSubTitle();
    const bool busy = m_applying || m_undo->isBusy();
    QString text;
    if (m_applied || m_fixes.isEmpty())
        text = tr("Continue to the &report");
    else if (stepsToApply().isEmpty())
        text = tr("Continue &without fixing");
    else
        text = tr("&Apply selected");
    setButtonText(QWizard::CommitButton, text);
    m_undo->setApplying(m_applying);
    Q_EMIT completeChanged();
    // QWizard re-enables Back on every completeChanged(); nothing may go back while the engine
    // writes (the Session's host and target must stay as they are).
    if (busy && wizard())
        if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
            back->setEnabled(false);
}

bool FixPage::isComplete() const
{
    if (m_applying || m_undo->isBusy())
        return false;
    if (m_applied)
        return true;
    for (const FixUi &ui : m_fixes)
        if (ui.box->isChecked() && ui.state == FixUi::State::Blocked)
            return false;
    return true;
}

bool FixPage::validatePage()
{
    if (m_applied || stepsToApply().isEmpty())
        return true;
    if (!m_applying)
        startApply();
    return false; // stay and show the outcomes; the button then reads "Continue to the report"
}

void FixPage::startApply()
{
    const QStringList ids = stepsToApply();
    m_applying = true;
    m_done = 0;
    m_checkedNotApplied = 0;
    for (FixUi &ui : m_fixes) {
        ui.selected = ids.contains(ui.stepId);
        if (ui.box->isChecked() && !ui.selected)
            ++m_checkedNotApplied; // nothing to change, or an input missing: its box says which
        const bool empty = ui.box->isChecked() && ui.state == FixUi::State::Empty;
        ui.box->setCheckable(false); // the outcome replaces the choice; keeps the text readable
        for (const InputUi &in : std::as_const(ui.inputs))
            for (QWidget *w : {static_cast<QWidget *>(in.combo), static_cast<QWidget *>(in.edit),
                               static_cast<QWidget *>(in.confirm)})
                if (w)
                    w->setEnabled(false);
        ui.outcomeIcon->setVisible(true);
        ui.outcome->setVisible(true);
        ui.outcomeIcon->setPixmap(smallIcon(this, statusIcon(Status::NotRun)));
        ui.outcome->setText(ui.selected ? tr("Waiting...")
                            : empty     ? tr("Not applied: there is nothing to change.")
                                        : tr("Not applied: not selected."));
    }
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_stopButton->setEnabled(true);
    m_stopButton->show();
    m_applyStatus->setText(tr("Applying the fixes. Each file is backed up first."));
    m_applyStatus->show();
    m_session->applyFixes(ids);
    updateButtons();
}

void FixPage::onFixStarted(const QString &stepId)
{
    for (FixUi &ui : m_fixes)
        if (ui.stepId == stepId)
            ui.outcome->setText(tr("Applying: backing up, writing, then checking again..."));
}

void FixPage::onFixProgress(const QString &stepId, qint64 done, qint64 total, const QString &what)
{
    for (FixUi &ui : m_fixes) {
        if (ui.stepId != stepId)
            continue;
        const QLocale locale;
        if (total < 0) {
            ui.progress->setRange(0, 0); // busy indicator: the size is not known
            //: Download progress: %1 = item (a file name), %2 = amount received so far.
            ui.progressText->setText(tr("%1: %2 so far").arg(what, locale.formattedDataSize(done)));
        } else {
            ui.progress->setRange(0, 1000);
            ui.progress->setValue(total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 1000);
            //: Download progress: %1 = item (a file name), %2 = done, %3 = total (e.g. "4.2 MB").
            ui.progressText->setText(tr("%1: %2 of %3")
                                         .arg(what, locale.formattedDataSize(done), locale.formattedDataSize(total)));
        }
        ui.progress->show();
        ui.progressText->show();
    }
}

void FixPage::onFixFinished(const QString &stepId)
{
    m_progress->setValue(++m_done);
    for (FixUi &ui : m_fixes) {
        if (ui.stepId != stepId)
            continue;
        ui.progress->hide();
        ui.progressText->hide();
        showOutcome(ui, stepId);
    }
}

void FixPage::showOutcome(FixUi &ui, const QString &stepId)
{
    const ArticleRun *run = m_session->currentRun();
    const StepRun *sr = run ? run->step(stepId) : nullptr;
    if (!sr || !sr->outcome)
        return;
    const FixOutcome &o = *sr->outcome;
    Status shown = Status::Fail;
    QString text;
    if (o.succeeded()) {
        shown = Status::Pass;
        text = tr("Applied and verified: the check passes now. Backup set: %1").arg(o.backupSetId);
    } else if (o.rolledBack) {
        text = tr("Not fixed, rolled back: %1 The original files were put back (backup set %2).")
                   .arg(redactText(o.error.toString()), o.backupSetId);
    } else if (o.applied) {
        shown = Status::Warn;
        text = tr("Applied, but not verified: %1 Backup set: %2")
                   .arg(redactText(o.error ? o.error.toString() : o.after.message), o.backupSetId);
    } else {
        text = tr("Not applied: %1").arg(redactText(o.error.toString()));
    }
    ui.outcomeIcon->setPixmap(smallIcon(this, statusIcon(shown)));
    //: %1 is a status word (Passed, Failed...), %2 what happened.
    ui.outcome->setText(withoutSecrets(ui, tr("%1 - %2").arg(statusText(shown), text)));
    ui.outcome->setToolTip(withoutSecrets(ui, redactText(o.messages.join(QLatin1Char('\n')))));
}

void FixPage::onFixesFinished()
{
    if (!m_applying)
        return;
    m_applying = false;
    m_applied = true;
    int ok = 0, attempted = 0;
    for (FixUi &ui : m_fixes) {
        if (!ui.selected)
            continue;
        const ArticleRun *run = m_session->currentRun();
        const StepRun *sr = run ? run->step(ui.stepId) : nullptr;
        if (sr && sr->outcome) {
            ++attempted;
            ok += sr->outcome->succeeded() ? 1 : 0;
        } else {
            ui.outcome->setText(tr("Not applied: stopped before this fix."));
        }
    }
    m_stopButton->hide();
    m_intro->setText(tr("The result of each fix is shown with it. The \"Undo earlier changes\" tab "
                        "puts the saved files back if needed."));
    QString status = tr("%1 of %n fix(es) applied and verified. The report lists every "
                        "change and its backup set.", nullptr, attempted).arg(ok);
    if (m_checkedNotApplied > 0)
        status += QLatin1Char(' ')
                  + tr("%n other checked change(s) could not be applied; each says why.", nullptr,
                       m_checkedNotApplied);
    m_applyStatus->setText(status);
    m_undo->refresh();
    updateButtons();
}

void FixPage::onUndone()
{
    // Session::undo() marked the steps whose fix made the set; their results need a new
    // diagnosis, and the box says so instead of the outcome that no longer holds.
    const ArticleRun *run = m_session->currentRun();
    for (FixUi &ui : m_fixes) {
        const StepRun *sr = run ? run->step(ui.stepId) : nullptr;
        if (!sr || !sr->outcome || !sr->outcome->undone)
            continue;
        ui.outcomeIcon->setPixmap(smallIcon(this, statusIcon(Status::NotRun)));
        ui.outcomeIcon->show();
        //: The fix of this step was undone from the Undo tab.
        ui.outcome->setText(tr("Undone – run the diagnosis again"));
        ui.outcome->setToolTip(QString());
        ui.outcome->show();
    }
    updateButtons();
}

} // namespace kb
