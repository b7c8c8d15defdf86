docker image prune -f
docker pull -q nginx
docker pull -q busybox
# Moving the nginx tag to busybox's image leaves the old nginx image dangling.
docker tag busybox nginx
docker images nginx
docker images -f dangling=true
docker image prune -f
docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}' | sort
docker image prune -a -f
docker images
docker image prune --force --all
docker pull -q alpine:3.7
docker image prune -a -f
