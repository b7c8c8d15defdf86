# Making images from containers: commit, history, save/load, export/import.
docker pull -q busybox
docker run --name base busybox sh -c 'echo v1 > /version.txt'
docker diff base
docker commit base myimage:v1
docker commit -m 'add version' -a kim base myimage:v2
docker images myimage --format '{{.Repository}}:{{.Tag}}' | sort
docker run --rm myimage:v1 cat /version.txt
docker history myimage:v2 --format '{{.CreatedBy}} | {{.Comment}}'
docker inspect -f '{{.Author}} {{.Comment}}' myimage:v2
docker history --format '{{.Size}}' busybox
docker history nosuch
docker save -o myimage.tar myimage:v1
ls
docker rmi myimage:v1
docker load -i myimage.tar
docker load < nosuch.tar
docker save myimage:v1 > again.tar
cmp -s myimage.tar again.tar && echo same
docker export base > base.tar
tar -tf base.tar | grep version
docker import base.tar imported:1
docker run --rm imported:1 cat /version.txt
docker history imported:1 --format '{{.CreatedBy}} {{.Comment}}'
docker commit nosuch x
docker rm base
docker rmi myimage:v1 myimage:v2 imported:1 | grep -c Untagged
