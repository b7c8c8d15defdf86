# A detached container through its life: ps, pause, restart, stop, start, kill, wait, rm.
docker pull -q busybox
docker run -d --name sleeper busybox sleep 300
docker ps --format 'table {{.Names}}\t{{.Image}}\t{{.Command}}\t{{.Status}}'
docker pause sleeper
docker ps --format '{{.Names}} {{.State}} {{.Status}}'
docker unpause sleeper
docker rm sleeper
docker kill sleeper
docker ps -a --format '{{.Names}} {{.State}} {{.Status}}'
docker wait sleeper
docker start sleeper
docker ps --format '{{.Names}} {{.State}}'
docker stop -t 1 sleeper
docker ps -a --format '{{.Names}} {{.Status}}'
docker restart -t 0 sleeper
docker ps --format '{{.Names}} {{.State}}'
docker rm -f sleeper
docker ps -a
