docker pull -q nginx:stable
docker pull -q busybox
docker history nginx:stable
docker history -H=false nginx:stable
docker history --human=false busybox
docker history --no-trunc nginx:stable
docker history -q nginx:stable
docker history -q --no-trunc busybox
docker history --format '{{.CreatedBy}}' nginx:stable
docker history --format 'table {{.ID}}\t{{.Size}}' nginx:stable
docker history --format '{{json .}}' busybox
docker history busybox
docker image history busybox
docker history nginx
docker history nosuch
