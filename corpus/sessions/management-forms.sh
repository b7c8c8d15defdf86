docker image pull -q alpine
docker image pull nginx
docker image pull -q busybox
docker image ls
docker image list
docker image ls -q
docker image tag nginx myweb:1.0
docker image ls myweb
docker image history myweb:1.0
docker image inspect -f '{{.RepoTags}}' myweb:1.0
docker image rm myweb:1.0
docker image remove busybox
docker container create --name c1 nginx
docker container ls
docker container ls -a --format '{{.Names}} {{.Image}}'
docker container list -aq | wc -l
docker container ps -a --format '{{.Names}}'
docker container rm c1
docker image ls
