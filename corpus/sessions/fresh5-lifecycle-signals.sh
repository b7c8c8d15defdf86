# container lifecycle: create, start, pause/unpause, kill -s, stop, restart, wait, rename, rm and exit codes
docker pull -q busybox
docker create --name life busybox sh -c 'trap "exit 3" TERM; while true; do sleep 1; done'
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' life
docker start life
docker inspect -f '{{.State.Status}} {{.State.Running}}' life
docker pause life
docker inspect -f '{{.State.Status}} {{.State.Paused}}' life
docker ps --format '{{.Names}}: {{.Status}}'
docker exec life echo hi
docker unpause life
docker unpause life
docker kill -s HUP life
docker inspect -f '{{.State.Status}}' life
docker stop -t 5 life
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' life
docker kill life
docker start life
docker kill life
docker wait life
docker ps -a --format '{{.Names}} {{.Status}}'
docker restart -t 5 life
docker rename life worker
docker rename worker worker
docker rm worker
docker kill -s TERM worker
docker wait worker
docker run --name fail busybox sh -c 'exit 42'
echo $?
docker run --name okay busybox true
docker wait fail okay
docker ps -a --filter exited=42 --format '{{.Names}}'
docker ps -a --format '{{.Names}}\t{{.Status}}'
docker run -d --name looper busybox sleep 300
docker rm looper
docker rm -f looper
