# Attached runs print the container's output and exit with its status.
docker pull -q busybox
docker run --name hello busybox echo hello world
docker run --name failing busybox sh -c 'echo out; exit 3'
echo $?
docker ps -a --format '{{.Names}}\t{{.Status}}' | sort
docker start -a failing
echo $?
docker logs hello
docker logs failing
docker logs --tail 1 failing
docker run --name errs busybox sh -c 'echo to-stderr >&2'
docker logs errs 2>/dev/null
docker logs errs 2>&1 >/dev/null
docker run --rm --name gone busybox echo bye
docker ps -a --format '{{.Names}}' | sort
docker rm hello failing errs
