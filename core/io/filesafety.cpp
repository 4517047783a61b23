#include "filesafety.h"

#include "limits.h"
#include "planfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::FileSafety", text); }

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return tr("a directory");
    if (S_ISCHR(mode))
        return tr("a character device");
    if (S_ISBLK(mode))
        return tr("a block device");
    if (S_ISFIFO(mode))
        return tr("a FIFO");
    if (S_ISSOCK(mode))
        return tr("a socket");
    return tr("not a regular file");
}

QString shown(const QString &path) { return printableMessage(path); }

/** stat() after resolving links; false if the path does not exist (or cannot be examined). */
bool statFollowing(const QString &path, struct stat *st)
{
    const QByteArray native = QFile::encodeName(path);
    return !native.isEmpty() && ::stat(native.constData(), st) == 0;
}

} // namespace

QString outputPathProblem(const QString &path)
{
    if (path.isEmpty())
        return tr("no output file given");
    struct stat st {};
    if (statFollowing(path, &st) && !S_ISREG(st.st_mode))
        return tr("%1: refusing to write: it is %2, not a regular file").arg(shown(path), kindOf(st.st_mode));
    return {};
}

QString outputPathProblem(const QString &output, const QStringList &inputs)
{
    if (const QString problem = outputPathProblem(output); !problem.isEmpty())
        return problem;
    struct stat out {};
    if (!statFollowing(output, &out))
        return {};
    for (const QString &input : inputs) {
        struct stat in {};
        if (statFollowing(input, &in) && in.st_dev == out.st_dev && in.st_ino == out.st_ino)
            return tr("%1: refusing to write: it is the input file %2").arg(shown(output), shown(input));
    }
    return {};
}

QString inputPathProblem(const QString &path)
{
    if (path.isEmpty())
        return tr("no input file given");
    struct stat st {};
    if (!statFollowing(path, &st))
        return tr("cannot open %1: %2").arg(shown(path), QString::fromLocal8Bit(std::strerror(errno)));
    if (!S_ISREG(st.st_mode))
        return tr("%1 is %2, not a regular file").arg(shown(path), kindOf(st.st_mode));
    return {};
}

std::optional<QByteArray> readFileBounded(const QString &path, qint64 maxBytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (path.isEmpty())
        return fail(tr("no input file given"));
    // O_NONBLOCK so that opening a FIFO without a writer returns at once; the type is then checked on the
    // descriptor itself, so the file cannot be swapped between the check and the read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int openError = errno;
        if (const QString problem = inputPathProblem(path); !problem.isEmpty())
            return fail(problem); // a socket, for one, cannot be opened at all
        return fail(tr("cannot open %1: %2").arg(shown(path), QString::fromLocal8Bit(std::strerror(openError))));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(tr("%1 is %2, not a regular file").arg(shown(path), kindOf(st.st_mode)));
    }
    const QString tooBig = limits::tooLarge(tr("file %1").arg(shown(path)), limits::byteCount(maxBytes));
    if (st.st_size > maxBytes) {
        ::close(fd);
        return fail(tooBig);
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(tr("cannot open %1: %2").arg(shown(path), file.errorString()));
    }
    QByteArray data;
    data.reserve(qsizetype(st.st_size));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            return fail(tr("cannot read %1: %2").arg(shown(path), file.errorString()));
        if (n == 0)
            return data;
        if (data.size() + n > maxBytes)
            return fail(tooBig);
        data.append(buffer, n);
    }
}

} // namespace pw
