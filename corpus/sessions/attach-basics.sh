# docker attach as a learner meets it without a terminal: a running container's output until it exits (and its
# exit code), --no-stdin and --sig-proxy, and the errors of a stopped container, a missing one and extra arguments.
# One stream only: the order of a container's stdout and stderr lines through attach is the engine's race.
docker run -d --name h15-att1 busybox sh -c 'sleep 2; echo one; echo two; exit 3' >/dev/null
docker attach h15-att1
echo $?
docker attach h15-att1
docker run -d --name h15-att2 busybox sh -c 'sleep 2; echo done' >/dev/null
docker attach --no-stdin --sig-proxy=false h15-att2
docker run -d --name h15-att3 busybox sh -c 'sleep 2; echo three' >/dev/null
docker container attach --no-stdin h15-att3
docker attach nosuch
docker attach
docker attach h15-att1 h15-att2
docker create --name h15-att4 busybox echo never >/dev/null
docker attach h15-att4
docker rm h15-att1 h15-att2 h15-att3 h15-att4
