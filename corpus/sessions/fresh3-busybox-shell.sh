# Exploring the busybox image with sh -c, the way the notes' beginners poke around.
docker pull -q busybox
docker run --rm busybox cat /etc/os-release
docker run --rm busybox sh -c 'ls; echo ---; ls /etc'
docker run --rm busybox sh -c 'id; echo $USER; whoami'
docker run --rm busybox sh -c 'env | grep -v HOSTNAME | sort'
docker run --rm busybox ps
docker run --rm busybox df -h /proc
docker run --rm busybox sh -c 'mount | grep -c proc'
docker run --rm busybox sh -c 'ifconfig lo | head -2'
docker run --rm busybox sh -c 'ifconfig eth0 | grep "inet addr"'
docker run --rm busybox sh -c 'uname -s -m; uname -a | wc -w'
docker run --rm busybox date -u -d @86400 '+%Y-%m-%d %H:%M'
docker run --rm busybox sh -c 'date +%s | wc -c'
docker run --rm busybox sh -c 'grep -n root /etc/passwd /etc/group'
docker run --rm busybox sh -c 'wc -l /etc/passwd /etc/group'
docker run --rm busybox sh -c "awk -F: '{print \$1, \$3}' /etc/passwd"
docker run --rm busybox sh -c 'sed -n 2p /etc/passwd; sed "s/:.*//" /etc/group | head -3'
docker run --rm busybox sh -c 'find /etc -type f | sort | head -4'
docker run --rm busybox sh -c 'head -c 10 /etc/passwd; echo; tail -2 /etc/group'
docker run --rm busybox sh -c 'echo hello > /tmp/f; cat /tmp/f | tr a-z A-Z'
docker run --rm busybox sh -c 'cd /nosuch'
docker run --rm busybox sh -c 'ls -l /etc/passwd /tmp | head -3'
docker run --rm busybox sh -c 'cut -d: -f1,7 /etc/passwd | sort -r | head -2'
docker run --rm busybox sh -c 'expr 3 + 4; echo $((10 / 3))'
docker run --rm busybox sh -c 'which awk sed; type cd'
docker run --rm busybox bash
