#pragma once

#include "core/domain/importmapping.h"
#include "core/services/accountimport.h"

#include <QByteArray>
#include <QHash>
#include <QWizard>

namespace bc {

class ImportColumnsPage;
class ImportRunPage;
class Settings;
class Workspace;

// File → Import accounts…: a CSV file of users (this console's own columns, a Microsoft 365 or
// Google Workspace export, a spreadsheet) into a group and the groups below it, in three steps:
// - the file and its columns, each shown with the field it feeds, adjustable and remembered for
//   files of the same kind (ImportColumnsPage);
// - the check, always: a dry run on the workspace's worker that says for every record what the
//   import would do, as a filterable table (ImportRunPage);
// - the import itself, which does what the check showed: a record that would now do otherwise
//   (someone changed its account meanwhile) is a conflict and is not written.
// Both runs show their progress and stop on Stop or Cancel after the batch under way, with whole
// records written. Every rule is core's (AccountImport).
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId
    {
        ColumnsPageId,
        PreviewPageId,
        ApplyPageId,
    };

    ImportWizard(Workspace &workspace, Settings &settings, qint64 groupId, const QString &groupName,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    [[nodiscard]] Workspace &workspace() const { return m_workspace; }
    [[nodiscard]] Settings &settings() const { return m_settings; }
    [[nodiscard]] qint64 groupId() const { return m_groupId; }
    [[nodiscard]] QString groupName() const { return m_groupName; }

    ImportColumnsPage *columnsPage() const { return m_columns; }
    ImportRunPage *previewPage() const { return m_preview; }
    ImportRunPage *applyPage() const { return m_apply; }

    // The file to import and the person's column choices, as the first page has them.
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] ImportMapping::Choices columnChoices() const;

    // What the check said, for the import to do the same: each record's outcome and the state of its
    // account, and the file's checksum then.
    struct Preview
    {
        QHash<qint64, ImportSeen> seen;
        QByteArray checksum;
    };
    void setPreview(Preview preview) { m_previewState = std::move(preview); }
    [[nodiscard]] const Preview &preview() const { return m_previewState; }

private:
    Workspace &m_workspace;
    Settings &m_settings;
    qint64 m_groupId = 0;
    QString m_groupName;
    ImportColumnsPage *m_columns = nullptr;
    ImportRunPage *m_preview = nullptr;
    ImportRunPage *m_apply = nullptr;
    Preview m_previewState;
};

} // namespace bc
