#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;

namespace kb {

class Session;

// Page 2: what goes wrong, in the user's words. Every article's symptoms in one filterable list;
// choosing a symptom chooses its article. Articles for another product stay selectable: the
// wizard then switches to an installation of that product when one was found.
class SymptomPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SymptomPage(Session *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Item data roles of the symptom list (also used by tests).
    enum Role { ArticleIdRole = Qt::UserRole, SecondaryTextRole };

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuildList();
    void applyFilter();
    void updateNote();
    QString selectedArticleId() const;

    Session *m_session;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QLabel *m_listLabel;
    QListWidget *m_list;
    QLabel *m_emptyLabel;
    QLabel *m_note;
};

} // namespace kb
