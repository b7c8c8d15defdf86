# Missing and extra arguments, unknown flags and commands.
docker pull
docker pull a b
docker pull --bogus x
docker tag
docker tag a
docker tag a b c
docker rmi
docker image rm
docker history
docker history a b
docker images a b
docker images --bogus
docker image inspect
docker inspect
docker run
docker create
docker image
docker bogus
docker imagess
docker pul nginx
docker image bogus
docker images --format '{{.Nope}}'
docker images -f
docker rmi --bogus x
docker tag --bogus a b
docker history --bogus x
docker system df extra
docker image prune extra
docker version extra
docker push
docker login a b
docker search
