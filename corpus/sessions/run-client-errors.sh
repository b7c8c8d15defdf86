# docker run/create refuse these in the client, before the daemon is asked (exit 125).
docker run -p foo busybox
docker run -p 8080:80:90:100 busybox
docker run -p 70000:80 busybox
docker run -p 8080:80/xyz busybox
docker run -p 90-80:80 busybox
docker run -p 8080: busybox
docker run -p 8000-8002:80-81 busybox
docker run --expose abc busybox
docker run --expose 80:90 busybox
docker run --restart on-failure:x busybox
docker run --restart :3 busybox
docker run --rm --restart always busybox
docker create --rm --restart unless-stopped busybox
docker container run --mount type=volume busybox
docker run --mount foo busybox
docker run --mount type=volume,target=/x,readonly=maybe busybox
docker run --mount type=volume,target=/x,bogus=1 busybox
docker run -e =x busybox
docker run -l =x busybox
docker run --env-file nosuch.env busybox
docker run --stop-timeout x busybox
docker run --pull sometimes busybox
docker ps -a
