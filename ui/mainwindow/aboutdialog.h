#pragma once

#include <QDialog>

namespace bc {

// Help → About: the console's icon, its version (CMake's project version), the licence and the
// Qt it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // "GPL-3.0-or-later", as in the AppStream metainfo.
    static QString licenseId();
};

} // namespace bc
