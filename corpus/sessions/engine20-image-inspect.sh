# Engine 20.10 (the lab's daemon) differs here from current engines: its "no such
# image" message repeats itself, and its inspect JSON still has Container,
# ContainerConfig and DockerVersion. Compare knowing that.
docker pull -q busybox
docker image inspect nosuch
docker image inspect -f '{{.Id}}' busybox nosuch
docker image inspect busybox
