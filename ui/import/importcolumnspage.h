#pragma once

#include "core/domain/importmapping.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace bc {

class FieldMessage;
class ImportWizard;

// The import's first step: the file, and for each of its columns the field it feeds, as the header
// says (ImportMapping) or as the person chose; the choices are remembered for the next file of the
// same kind (Settings::importColumns). Complete once the file is read and some column gives the
// login. Reads only the file's first two records, on the GUI thread: no database.
class ImportColumnsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportColumnsPage)

public:
    explicit ImportColumnsPage(ImportWizard &wizard);

    // Reads the header of the file at `path` (what Browse… and the file field do).
    void setFilePath(const QString &path);
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] ImportMapping::Choices choices() const { return m_choices; }
    [[nodiscard]] ImportMapping mapping() const { return ImportMapping::of(m_header, m_choices); }
    // The combo box of the file's column `column`, for tests.
    QComboBox *columnBox(qsizetype column) const { return m_boxes.value(column); }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void readHeader();
    void buildColumns();
    // Shows what the mapping feeds from each column, and whether some column gives the login.
    void showMapping();
    void choose(qsizetype column, const QStringList &fields);

    ImportWizard &m_wizard;
    QLineEdit *m_file = nullptr;
    FieldMessage *m_fileMessage = nullptr;
    QLabel *m_kind = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_mappingProblem = nullptr;
    QCheckBox *m_remember = nullptr;
    QString m_readPath; // whose header m_header is
    QStringList m_header;
    QStringList m_example; // the first record, shown beside each column
    ImportFormat m_detected = ImportFormat::Console; // as the header alone says
    ImportMapping::Choices m_choices;
    QList<QComboBox *> m_boxes;
};

} // namespace bc
