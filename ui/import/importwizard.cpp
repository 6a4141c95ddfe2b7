#include "ui/import/importwizard.h"

#include "ui/import/importcolumnspage.h"
#include "ui/import/importrunpage.h"

using namespace Qt::StringLiterals;

namespace bc {

ImportWizard::ImportWizard(Workspace &workspace, Settings &settings, qint64 groupId, const QString &groupName,
                           QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_groupId(groupId)
    , m_groupName(groupName)
{
    setObjectName(u"importWizard"_s);
    //: %1 the group the accounts go into.
    setWindowTitle(tr("Import Accounts into %1").arg(groupName));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_columns = new ImportColumnsPage(*this);
    m_preview = new ImportRunPage(*this, ImportRunPage::Mode::Check);
    m_apply = new ImportRunPage(*this, ImportRunPage::Mode::Import);
    setPage(ColumnsPageId, m_columns);
    setPage(PreviewPageId, m_preview);
    setPage(ApplyPageId, m_apply);
    resize(900, 620);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::filePath() const
{
    return m_columns->filePath();
}

ImportMapping::Choices ImportWizard::columnChoices() const
{
    return m_columns->choices();
}

} // namespace bc
