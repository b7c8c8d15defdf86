# References the CLI or the daemon refuses before any registry is asked.
docker pull NGINX
docker pull nginx:
docker pull :latest
docker pull nginx:la:test
docker pull nginx@sha256:abc
docker pull 'nginx latest'
docker pull -a nginx:stable
docker images
