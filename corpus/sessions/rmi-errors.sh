docker pull -q busybox
docker tag busybox mybox
docker rmi nosuch
docker rmi nosuch:1.0
docker rmi busybox:nosuchtag
docker rmi $(docker images -q busybox)
docker rmi nosuch busybox
docker images mybox
docker images busybox
docker rmi -f $(docker images -q mybox)
docker images
docker rmi mybox
docker tag nosuch x
docker tag busybox UPPER
docker tag busybox 'bad:tag:x'
