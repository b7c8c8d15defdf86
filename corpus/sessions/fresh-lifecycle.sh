# The container life cycle of the notes: created, running, stopped (exit code and logs kept), killed, removed;
# cleaning up with ps -q filters, rmi by images -q, system df and prune.
docker pull -q busybox
docker pull -q alpine:3.7
docker create --name life busybox sh -c 'echo started; sleep 300'
docker ps -a --format '{{.Names}} {{.Status}}'
docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.ExitCode}}' life
docker start life
docker logs life
docker inspect -f '{{.State.Status}} {{.State.Pid}}' life | cut -d' ' -f1
docker pause life
docker ps --format '{{.Names}} {{.Status}}' | sed 's/Up [^(]*//'
docker unpause life
docker top life -o pid,args | wc -l
docker stop -t 1 life
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' life
docker logs life
docker logs --tail 1 life
docker logs -t life | cut -c1-4
docker start life
docker kill life
docker inspect -f '{{.State.ExitCode}} {{.State.OOMKilled}}' life
docker kill life
docker kill --signal=SIGTERM life
docker restart -t 0 life
docker ps -q -f name=life | wc -l
docker rm life
docker rm -f life
docker rm life
docker run --name exit5 busybox sh -c 'echo bye; exit 5'
echo $?
docker ps -a -f exited=5 --format '{{.Names}} {{.Status}}' | cut -c1-14
docker logs exit5
docker run -d --name a1 busybox sleep 300 > /dev/null
docker run -d --name a2 alpine:3.7 sleep 300 > /dev/null
docker run -d --name a3 busybox sleep 300 > /dev/null
docker stop $(docker ps -q -f ancestor=busybox) | wc -l
docker ps --format '{{.Names}}'
docker rm $(docker ps -aq -f status=exited)
docker rmi $(docker images -q busybox)
docker rmi -f $(docker images -q alpine)
docker ps -a --format '{{.Names}} {{.Image}}'
docker rm -f a2
docker images --format '{{.Repository}}'
docker system df
docker system df --format '{{.Type}} {{.TotalCount}} {{.Active}}'
docker rmi busybox
docker pull -q busybox
docker run busybox true
docker container prune -f
docker image prune -a -f | grep -c deleted
docker system prune -f
docker system df --format '{{.Type}}: {{.TotalCount}}'
