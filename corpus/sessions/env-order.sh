# Config.Env as the daemon merges it: the variables given with -e first, in their order, then the image's that
# they do not override; a process sees PATH and HOSTNAME first, then the rest, then HOME.
docker create --name envc -e B=2 -e A=1 busybox
docker inspect -f '{{json .Config.Env}}' envc
docker inspect -f '{{.Config.Env}}' envc
docker rm envc
docker create --name envp -e PATH=/bin:/usr/bin -e Z=9 busybox
docker inspect -f '{{json .Config.Env}}' envp
docker rm envp
docker run --rm -e A=1 -e PATH=/bin busybox env
docker run --rm -e HOME=/tmp -e A=1 busybox sh -c 'env | grep -v HOSTNAME'
