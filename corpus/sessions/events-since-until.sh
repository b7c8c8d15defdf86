# docker events over a window that ends (--since and --until as durations, so the session terminates), filtered to
# what this session made, so the shared engine's own history (the reset before the session) stays out: container
# lifecycle with the image and labels on each event, volume mounts, network and image events, --format on the CLI's
# events.Message, and the errors of bad times and templates. The engine publishes an event a moment after the call
# that made it returns, so the session waits a second before it reads the log.
docker pull -q busybox >/dev/null
docker run --name h15-ev1 --label h15=ev busybox echo hi
docker rename h15-ev1 h15-ev2
docker start -a h15-ev2
docker rm h15-ev2
docker run -d --name h15-ev3 --label h15=ev busybox sleep 300 >/dev/null
docker pause h15-ev3
docker unpause h15-ev3
docker kill h15-ev3 >/dev/null
docker rm h15-ev3
docker volume create h15-evvol
docker run --rm -v h15-evvol:/data busybox true
docker volume rm h15-evvol
docker network create h15-evnet >/dev/null
docker run --rm --network h15-evnet busybox true
docker network rm h15-evnet
docker tag busybox h15-evimg
docker rmi h15-evimg >/dev/null
sleep 2
docker events --since 30s --until 0s --filter label=h15=ev
docker system events --since 30s --until 0s --filter label=h15=ev --filter event=die
docker events --since 30s --until 0s -f volume=h15-evvol --format '{{.Type}} {{.Action}} {{.Actor.ID}} {{.Actor.Attributes.destination}}'
docker events --since 30s --until 0s -f network=h15-evnet --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.type}}'
docker events --since 30s --until 0s -f image=h15-evimg
docker events --since 30s --until 0s -f type=container -f container=h15-ev3 --format '{{.Status}} {{.Type}} {{.Action}} {{.Actor.Attributes.name}}'
docker events --since 30s --until 0s -f label=h15=ev -f event=rename --format '{{.Actor.Attributes}}'
docker events --since 30s --until 0s -f label=h15=ev -f event=nosuch
docker events --since 30s --until 0s -f label=h15=ev -f type=volume
docker events --since 30s --until 0s -f nosuch=x -f label=h15=ev -f event=destroy --format '{{.Action}} {{.Actor.Attributes.name}}'
docker events --since nonsense --until 0s
docker events --until yesterday
docker events --since 30s --until 0s --format '{{.Nope}}'
docker events --since 30s --until 0s --format '{{.Action'
docker events --since 30s --until 0s -f label
docker events extra
