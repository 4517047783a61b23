#include "special.h"

#include <QFile>

#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pw::testing {

QString fileType(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return u"missing"_s;
    if (S_ISFIFO(st.st_mode))
        return u"fifo"_s;
    if (S_ISSOCK(st.st_mode))
        return u"socket"_s;
    if (S_ISDIR(st.st_mode))
        return u"directory"_s;
    if (S_ISCHR(st.st_mode))
        return u"char"_s;
    return S_ISREG(st.st_mode) ? u"file"_s : u"other"_s;
}

QStringList makeSpecialFiles(const QString &dir)
{
    QStringList made;
    const QString fifo = dir + u"/fifo.pwplan"_s;
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0)
        made << fifo;
    const QString socketPath = dir + u"/socket.pwplan"_s;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(socketPath);
    if (fd >= 0 && size_t(native.size()) < sizeof address.sun_path) {
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
            made << socketPath;
    }
    if (fd >= 0)
        ::close(fd); // the socket file stays
    const QString directory = dir + u"/directory.pwplan"_s;
    if (::mkdir(QFile::encodeName(directory).constData(), 0700) == 0)
        made << directory;
    // A private copy of the null device (1, 3): only root may make device nodes.
    const QString device = dir + u"/device.pwplan"_s;
    if (::geteuid() == 0
        && ::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0)
        made << device;
    return made;
}

} // namespace pw::testing
