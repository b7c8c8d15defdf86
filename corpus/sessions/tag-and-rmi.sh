# Tags of one image in several repositories are listed in a random order by the
# v28 CLI (it groups them in a Go map), so listings here show one repository at a
# time, or sorted names.
docker pull -q nginx
docker tag nginx myweb
docker tag nginx:latest myweb:1.0
docker tag myweb:1.0 learner/myweb:v2
docker images nginx
docker images myweb
docker images learner/myweb
docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}' | sort
docker rmi myweb
docker rmi myweb:1.0
docker images myweb
docker rmi learner/myweb:v2 nginx
docker images
docker pull -q busybox
docker tag busybox busybox:a
docker tag busybox busybox:b
docker images
docker rmi busybox busybox:a busybox:b
docker images
