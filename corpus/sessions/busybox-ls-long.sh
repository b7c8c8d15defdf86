# busybox ls -l prints fixed columns (mode, links in 4, owner and group in 8, size in 9), unlike GNU's widths;
# -n shows the ids. (Files made in the session are listed without their date: it is the time of the run.)
docker run --rm busybox ls -l /etc/group
docker run --rm busybox ls -ln /etc/group
docker run --rm busybox sh -c 'mkdir /d && cd /d && echo hello > a && echo 12345678901 > b && ls -1S . && ls -p / | head -3 && ls -l a b | wc -l'
docker run --rm busybox ls -l /nonexistent
echo $?
